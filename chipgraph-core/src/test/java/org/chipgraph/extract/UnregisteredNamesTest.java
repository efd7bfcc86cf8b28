package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.find;
import static org.chipgraph.extract.Extraction.noneNamed;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Names nobody registered (issue 12, item 2), where the words before them used to hide them: a sentence adverb, the
 * sentence's head, a general noun for companies, a German verb of saying; and what still is no name there. One
 * behaviour per test, each on a sentence written for it (extract/en, extract/de).
 */
class UnregisteredNamesTest {

    @Test
    void aSpeakerAfterASentenceAdverbIsACompanyAndNotTheEarlierOne() {
        List<Fact> facts = Extraction.of("en", "unregisteredSpeakerAfterSentenceAdverb");
        assertTrue(fact(facts, "Dorvane Micro", "supplies", "Tencent").subject().discovered());
        assertFalse(find(facts, "Nvidia", "makes", "Q5").isPresent(), () -> "Q5 credited to the company of the sentence before:" + dump(facts));
    }

    @Test
    void aNameHeadingTheSentenceInAListIsACompany() {
        fact(Extraction.of("en", "unregisteredNameHeadingAList"), "Nvidia", "supplies", "Quarrick");
    }

    @Test
    void aSentenceAdverbIsNoPartOfAName() {
        List<Fact> facts = Extraction.of("en", "sentenceAdverbIsNoName");
        fact(facts, "Nvidia", "supplies", "Telmont Systems");
        noneNamed(facts, "Meanwhile", "However", "However, Telmont Systems", "Meanwhile, Nvidia");
    }

    @Test
    void germanGeneralNounForCompaniesIsCutOffTheName() {
        List<Fact> facts = Extraction.of("de", "genericNounBeforeAName");
        fact(facts, "Nvidia", "supplies", "Sorvik Systems");
        noneNamed(facts, "Unternehmen Sorvik Systems");
    }

    @Test
    void germanSpeakerBeforeEsIsACompany() {
        fact(Extraction.of("de", "unregisteredSpeakerGerman"), "Kelvrin", "supplies", "Tencent");
    }

    @Test
    void germanNameHeadingTheSentenceBeforeItsVerbIsACompany() {
        fact(Extraction.of("de", "unregisteredNameHeadingTheSentence"), "Garvik", "supplies", "Nvidia");
    }

    @Test
    void germanPrepositionOrAdverbHeadingTheSentenceIsNoName() {
        noneNamed(Extraction.of("de", "prepositionHeadingTheSentenceIsNoName"), "Trotz", "Wegen", "Selbstverständlich");
    }

    @Test
    void germanNameAfterBeiIsTheSellerNotAChip() {
        List<Fact> facts = Extraction.of("de", "nameAfterBeiIsNoChip");
        assertFalse(find(facts, "Nvidia", "buys", "Rovenna").isPresent(), () -> "a seller taken for a chip:" + dump(facts));
        fact(facts, "Rovenna", "supplies", "Nvidia");
    }

    @Test
    void germanHeadWordBeforeAnAppositionIsANameSeatedInItsCity() {
        List<Fact> facts = Extraction.of("de", "headWordBeforeAppositionIsAName");
        fact(facts, "Orstad", "headquarteredIn", "Norway");
        fact(facts, "Orstad", "supplies", "Nvidia");
    }

    @Test
    void englishHeadWordBeforeASeatingAppositionIsANameSeatedInItsCity() {
        fact(Extraction.of("en", "headWordBeforeSeatingAppositionIsAName"), "Trelleck", "headquarteredIn", "Finland");
    }

    @Test
    void anAdverbOrInterjectionBeforeAnAppositionIsNoName() {
        noneNamed(Extraction.of("en", "headWordBeforeSeatingAppositionIsAName"), "However", "Well");
    }

    @Test
    void aDiscoveredNameEndingInFoundryIsAFoundry() {
        assertTrue(fact(Extraction.of("en", "designatorEndsAFoundryName"), "Orlund Foundry", "fabricates", "Baidu").subject().discovered());
    }

    @Test
    void germanIndustryDesignatorEndsAName() {
        fact(Extraction.of("de", "designatorEndsAName"), "Ravena Semi", "supplies", "Tencent");
    }

    @Test
    void aNameTheTaggerCallsAPrepositionAfterACompanyNounIsACompanyNotAChip() {
        List<Fact> facts = Extraction.of("en", "nameAfterCompanyNounIsACompany");
        assertFalse(find(facts, "Nvidia", "buys", "Sarvola").isPresent(), () -> "a company bought taken for a chip:" + dump(facts));
        fact(facts, "Sarvola", "subsidiaryOf", "Nvidia");
    }

    @Test
    void germanNumberOrAdjectiveHeadingTheSentenceIsNoName() {
        noneNamed(Extraction.of("de", "numberOrAdjectiveHeadingTheSentenceIsNoName"), "Zwei", "Chinesische");
    }
}
