package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Names the registry lacks (issue 12, item 2, session 27): a name heading the clause after a colon, a city that begins a
 * firm's name without a suffix, a suffixed name whose first word is a participle, chip names of several
 * words ending in a model number, a kind of chip with a version ("TPU v3"), foreign legal forms ("Sdn Bhd"); German
 * descriptors of renting and assembling, a city ending a described name, a name glued to a noun for the company itself,
 * letters joined by "&". One behaviour per test, on articles of invented names (extract/en, extract/de).
 */
class UnregisteredNameShapesTest {

    @Test
    void aSpeakerHeadingTheClauseAfterAColonIsACompany() {
        fact(Extraction.of("en", "nameAfterAColon"), "Tarvesh Coating", "supplies", "SMIC");
    }

    @Test
    void aCityBeforeCapitalisedWordsBeginsTheFirmsName() {
        List<Fact> facts = Extraction.of("en", "cityBeginsANameWithoutSuffix");
        fact(facts, "Wuxi Tenglong", "supplies", "Hua Hong");
        fact(facts, "Pune Advanced Assembly", "headquarteredIn", "India");
        fact(facts, "Nvidia", "supplies", "Qingdao Hailun");
        noneNamed(facts, "Tenglong", "Advanced Assembly", "Hailun");
    }

    @Test
    void aCityAfterADeterminerBeginsNoName() {
        noneNamed(Extraction.of("en", "cityBeforeANameAfterADeterminer"), "Shenzhen Tessal Campus");
    }

    @Test
    void aChipNameKeepsItsQualifiersAndModelNumber() {
        List<Fact> facts = Extraction.of("en", "chipNamesOfSeveralWords");
        fact(facts, "Corvane", "makes", "Marlin 5");
        fact(facts, "Lenovo", "buys", "Brisa Pro 7200S");
        fact(facts, "TSMC", "fabricates", "Kestra 8 Nova Gen 3");
        fact(facts, "Dravik", "buys", "Tessa v4");
        noneNamed(facts, "Marlin", "Brisa Pro");
    }

    @Test
    void aCountBeforeAChipNounIsNoChipName() {
        noneNamed(Extraction.of("en", "countsBeforeChipNounsAreNoChipNames"), "Another 300", "Model 3");
    }

    @Test
    void germanChipNamesAfterATypeWordOrAContractedArticle() {
        List<Fact> facts = Extraction.of("de", "chipNamesOfSeveralWords");
        fact(facts, "TSMC", "fabricates", "Orisca 7700");
        fact(facts, "Dravik", "orders", "Kestra 8 Nova Gen 3");
        noneNamed(facts, "Rund 50", "Orvanta 4000", "Kestra 8");
    }

    @Test
    void germanDescribedNameAfterAColonMayEndInARegion() {
        fact(Extraction.of("de", "namesAfterAColonAndCompanyCompounds"), "Filtertechnik Steiermark", "headquarteredIn", "Austria");
    }

    @Test
    void germanRentingDescriptorIntroducesAName() {
        fact(Extraction.of("de", "namesAfterAColonAndCompanyCompounds"), "Tessvik", "orders", "B200");
    }

    @Test
    void germanSystemHouseIsADescriptorBeforeAName() {
        List<Fact> facts = Extraction.of("de", "systemHouseBeforeAName");
        fact(facts, "Orbeck", "orders", "B200");
        noneNamed(facts, "Systemhauses Orbeck");
    }

    @Test
    void germanNameGluedToItsCompanyNounIsThatCompany() {
        List<Fact> facts = Extraction.of("de", "nameGluedToItsCompanyNoun");
        fact(facts, "Nvidia", "supplies", "Halvon");
        Extraction.absent(facts, "Nvidia", "supplies", "Korlan");
    }

    @Test
    void lettersJoinedByAnAmpersandAreOneName() {
        List<Fact> facts = Extraction.of("de", "namesAfterAColonAndCompanyCompounds");
        fact(facts, "KT&W", "supplies", "Orvanta");
        noneNamed(facts, "KT");
    }

    @Test
    void aSuffixedNameWhoseFirstWordIsAParticipleIsAName() {
        List<Fact> facts = Extraction.of("en", "suffixedNameWithAParticipleFirst");
        fact(facts, "Polished Networks", "orders", "H200");
        Extraction.absent(facts, "Halvex Labs", "orders", "H200");
    }

    @Test
    void anAcronymOfAChipKindWithAVersionIsAChipName() {
        fact(Extraction.of("en", "versionedChipAndForeignLegalForms"), "Amkor", "fabricates", "TPU v3");
    }

    @Test
    void aForeignLegalFormIsNeverANameAlone() {
        List<Fact> facts = Extraction.of("en", "versionedChipAndForeignLegalForms");
        fact(facts, "US Entity List", "restricts", "Kelvar Optics");
        noneNamed(facts, "Sdn Bhd");
    }
}
