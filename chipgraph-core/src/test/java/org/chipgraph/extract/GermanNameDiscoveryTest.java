package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * German names nobody registered (issue 12, session 25): where German news writes a name the registry lacks, the
 * words that belong to it. One behaviour per test, each on sentences written for it (extract/de; all names invented).
 */
class GermanNameDiscoveryTest {

    @Test
    void aNameWithANounInTheFirstFieldIsOneName() {
        List<Fact> facts = Extraction.of("de", "nameWithNounInTheFirstField");
        fact(facts, "Halvex Systeme", "buys", "H200");
        fact(facts, "AMD", "supplies", "Tessvik Datensysteme");
        noneNamed(facts, "Halvex", "Tessvik");
    }

    @Test
    void theShortFormOfSuchANameIsTheSameCompany() {
        fact(Extraction.of("de", "nameWithNounInTheFirstField"), "Nvidia", "supplies", "Halvex Systeme");
    }

    @Test
    void aNounAfterANameOutsideTheFirstFieldIsNoPartOfIt() {
        List<Fact> facts = Extraction.of("de", "nounAfterANameOutsideTheFirstField");
        noneNamed(facts, "Corvex Halbleiter", "Korvald Halbleiter", "Brisk Server");
    }

    @Test
    void aModelEndingInACapitalSIsNoGenitiveOfAnotherModel() {
        List<Fact> facts = Extraction.of("de", "modelWithCapitalSIsNoGenitive");
        fact(facts, "Nvidia", "makes", "L40S");
        noneNamed(facts, "L40");
    }

    @Test
    void aRegisteredFamilyBeforeANewModelNumberIsTheNewModel() {
        List<Fact> facts = Extraction.of("de", "familyWithANewModelNumber");
        fact(facts, "Huawei", "makes", "Ascend 985X");
        noneNamed(facts, "Ascend");
    }

    @Test
    void aNameBeforeAGenerationNounIsAChipLine() {
        fact(Extraction.of("de", "chipLineBeforeAGenerationNoun"), "Lenovo", "buys", "Kestrel");
    }

    @Test
    void commonNounsBeforeAGenerationNounAreNoChips() {
        noneNamed(Extraction.of("de", "chipLineBeforeAGenerationNoun"), "Vorgänger", "KI");
    }

    @Test
    void aMainMemoryGenerationIsAChip() {
        fact(Extraction.of("de", "mainMemoryGenerationIsAChip"), "Lenovo", "buys", "DDR5");
    }

    @Test
    void aPlaceRightAfterADescriptionBeginsAName() {
        List<Fact> facts = Extraction.of("de", "placeAfterADescriptionBeginsAName");
        fact(facts, "Penang Orvita", "supplies", "Dell");
        fact(facts, "Lusail Data", "subsidiaryOf", "Qatar Nordwind Capital");
        noneNamed(facts, "Orvita", "Nordwind Capital");
    }

    @Test
    void aDescriptionTakesANameOfThreeWords() {
        List<Fact> facts = Extraction.of("de", "threeWordNameAfterADescription");
        fact(facts, "Samsung", "supplies", "Tavoy Advanced Packaging");
        fact(facts, "Nvidia", "supplies", "Brisa Nuvem Digital");
        noneNamed(facts, "Tavoy Advanced", "Brisa Nuvem");
    }

    @Test
    void aNameAfterNamensIsNamedByTheNounBeforeIt() {
        List<Fact> facts = Extraction.of("de", "nameAfterNamens");
        fact(facts, "Orvalis", "supplies", "Dell");
        fact(facts, "Lenovo", "orders", "Varnholt");
    }

    @Test
    void namensOnBehalfOfNamesNoParty() {
        noneNamed(Extraction.of("de", "nameAfterNamens"), "Regierung", "Fall");
    }
}
