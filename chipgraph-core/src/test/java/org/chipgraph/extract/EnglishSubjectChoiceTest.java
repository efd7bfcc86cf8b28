package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * English subject choice: which of a sentence's companies is the subject of its verb (appositions, brackets,
 * relative clauses, backers, sources).
 * One behaviour per test, each on a sentence written for it (src/test/resources/extract/en).
 */
class EnglishSubjectChoiceTest {

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }

    @Test
    void aCompanyThatBacksTheSubjectIsNotTheSubject() {
        List<Fact> facts = facts("backerIsNotTheSubject");
        absent(facts, "Alibaba", "buys", "H20");
        fact(facts, "Quorvex", "buys", "H20");
    }

    @Test
    void aChipAfterAPrepositionAndAPossessiveIsNoSubject() {
        List<Fact> facts = facts("chipAfterPrepositionAndPossessiveIsNoSubject");
        fact(facts, "SMIC", "fabricates", "Ascend 910C");
        absent(facts, "SMIC", "fabricates", "H100");
    }

    @Test
    void anExampleAfterSuchAsIsTheSubject() {
        fact(facts("exampleAfterSuchAsIsSubject"), "Inspur", "supplies", "Baidu");
    }

    @Test
    void aCompanyClosingAnAppositionIsNotTheSubjectOfTheVerbAfterIt() {
        List<Fact> facts = facts("companyClosingAnAppositionIsNotTheSubject");
        fact(facts, "Velora Compute", "buys", "H200");
        absent(facts, "Orsa Holdings", "buys", "H200");
    }

    @Test
    void aCompanyInsideARelativeClauseIsNotTheSubjectOfTheMainVerb() {
        List<Fact> facts = facts("companyInsideARelativeClauseIsNotTheSubject");
        fact(facts, "Kelvor Systems", "buys", "H200");
        absent(facts, "Meta", "buys", "H200");
    }

    @Test
    void anAppositionAfterACompanyAfterAPrepositionStillDescribesIt() {
        fact(facts("appositionAfterPrepositionDescribesTheCompany"), "Kelvor Systems", "supplies", "Lumeo Labs");
    }

    @Test
    void bracketedCompanyIsAnAsideInAList() {
        List<Fact> facts = facts("bracketedCompanyIsAnAsideInAList");
        fact(facts, "Tencent", "orders", "H20");
        fact(facts, "Baidu", "headquarteredIn", "China");
        absent(facts, "HiSilicon", "orders", "H20");
    }

    @Test
    void singularAppositionAfterAListDescribesItsLastName() {
        List<Fact> facts = facts("singularAppositionAfterAListDescribesItsLastName");
        fact(facts, "Lumeo Labs", "headquarteredIn", "United Arab Emirates");
        absent(facts, "Korvani Cloud", "headquarteredIn", "United Arab Emirates");
        fact(facts, "Nvidia", "supplies", "Korvani Cloud");
    }

    @Test
    void companyInsideAnAppositionIsNoSubject() {
        List<Fact> facts = facts("companyInsideAnAppositionIsNoSubject");
        fact(facts, "Kelvor Systems", "buys", "H100");
        absent(facts, "Nvidia", "buys", "H100");
    }

    @Test
    void sourceAfterAccordingToIsNoRecipient() {
        List<Fact> facts = facts("sourceAfterAccordingToIsNoRecipient");
        fact(facts, "Nvidia", "supplies", "Kelvor Systems");
        absent(facts, "Nvidia", "supplies", "Lumeo Capital");
        absent(facts, "Lumeo Capital", "buys", "H20");
    }

    @Test
    void descriptionAfterAPrepositionIsNotItsClausesSubject() {
        List<Fact> facts = facts("descriptionAfterPrepositionIsNotTheSubject");
        fact(facts, "Quorvane Labs", "supplies", "Microsoft");
    }
}
