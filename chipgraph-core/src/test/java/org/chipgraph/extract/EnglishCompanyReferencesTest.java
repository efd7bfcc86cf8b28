package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * English references to companies across the document: descriptions, 'it', 'they', counted and national groups,
 * lists.
 * One behaviour per test, each on a sentence written for it (src/test/resources/extract/en).
 */
class EnglishCompanyReferencesTest {

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }

    @Test
    void descriptionResolvesToNearestCompany() {
        Fact f = fact(facts("descriptionResolvesToNearestCompany"), "AMD", "makes", "MI325X");
        assertTrue(f.confidence() < 0.8, "coreference lowers confidence");
    }

    @Test
    void sentenceInitialItResolvesToPreviousSubject() {
        fact(facts("sentenceInitialItResolvesToPreviousSubject"), "Baidu", "buys", "H20");
    }

    @Test
    void aDescriptionWithANationalityTakesTheNearestCompanyThatFits() {
        List<Fact> facts = facts("descriptionWithNationalityTakesTheCompanyThatFits");
        fact(facts, "TSMC", "fabricates", "Lumeo Labs");
        absent(facts, "Meta", "headquarteredIn", "Taiwan");
    }

    @Test
    void groupWithANationalityLeavesOutCompaniesOfOtherCountries() {
        List<Fact> facts = facts("groupNationalityLeavesOutOtherCountries");
        fact(facts, "Samsung", "supplies", "Apple");
        fact(facts, "SK Hynix", "supplies", "Apple");
        absent(facts, "Nvidia", "supplies", "Apple");
    }

    @Test
    void countedGroupTakesTheLastMembersOfALongerList() {
        List<Fact> facts = facts("countedGroupTakesTheLastMembersOfALongerList");
        fact(facts, "Oracle", "buys", "H100");
        fact(facts, "Amazon", "buys", "H100");
        absent(facts, "Microsoft", "buys", "H100");
    }

    @Test
    void customersNamedByAClassAreNoSuppliers() {
        List<Fact> facts = facts("customersSuchAsAreNoSuppliers");
        fact(facts, "AMD", "supplies", "Meta");
        absent(facts, "Meta", "supplies", "AMD");
    }

    @Test
    void peerNounAfterAPossessiveJoinsTheList() {
        List<Fact> facts = facts("peerAfterPossessiveJoinsTheList");
        fact(facts, "Nvidia", "supplies", "Microsoft");
        fact(facts, "AMD", "supplies", "Microsoft");
    }

    @Test
    void theyIsTheListThatBeganTheSentenceBefore() {
        List<Fact> facts = facts("theyIsTheListThatBeganTheSentenceBefore");
        fact(facts, "Alibaba", "buys", "H20");
        fact(facts, "Tencent", "buys", "H20");
    }

    @Test
    void aListEndsAtItsConjunctionAndCommaAndBeginsANewClause() {
        List<Fact> facts = facts("conjunctionClosesAList");
        fact(facts, "Samsung", "supplies", "AMD");
        absent(facts, "Samsung", "supplies", "SK Hynix");
    }
}
