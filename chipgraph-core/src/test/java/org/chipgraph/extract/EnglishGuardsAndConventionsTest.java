package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 24's English precision guards (hedges and negation give no fact; a possessive before another maker's chip is
 * no maker) and document conventions (a foundry works for its chip's maker; an order's value the sentence after is
 * spent on it; ownership in an apposition). Each on a sentence written for it (src/test/resources/extract/en).
 */
class EnglishGuardsAndConventionsTest {

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }

    @Test
    void talksToBuyAreNoPurchase() {
        List<Fact> facts = facts("talksToBuyAreNoPurchase");
        absent(facts, "Nvidia", "supplies", "Kelvor Systems");
        absent(facts, "Kelvor Systems", "buys", "H200");
        absent(facts, "Kelvor Systems", "orders", "H200");
    }

    @Test
    void evaluatingChipsIsNoPurchase() {
        absent(facts("evaluatingChipsIsNoPurchase"), "Marrow Cloud", "buys", "MI300X");
    }

    @Test
    void declinedToSayIsNoPurchase() {
        List<Fact> facts = facts("declinedToSayIsNoPurchase");
        absent(facts, "Velora Compute", "buys", "H20");
        absent(facts, "Nvidia", "supplies", "Velora Compute");
    }

    @Test
    void noLongerSuppliesIsNoSupply() {
        absent(facts("noLongerSuppliesIsNoSupply"), "Samsung", "supplies", "Huawei");
    }

    @Test
    void testingSamplesIsNoPurchase() {
        absent(facts("testingSamplesIsNoPurchase"), "Orsa Compute", "buys", "MI355X");
    }

    @Test
    void negotiatingToSupplyIsNoSupply() {
        absent(facts("negotiatingToSupplyIsNoSupply"), "SK Hynix", "supplies", "Kestrel Micro");
    }

    @Test
    void anOperatorsClusterOfAnotherMakersChipIsNoMaking() {
        List<Fact> facts = facts("operatorsClusterIsNoMaking");
        absent(facts, "Brennan Cloud", "makes", "H200");
        fact(facts, "Brennan Cloud", "buys", "H200");
    }

    @Test
    void theFoundryOfAChipWorksForTheChipsMaker() {
        List<Fact> facts = facts("foundryOfAChipWorksForItsMaker");
        fact(facts, "TSMC", "fabricates", "Z-400");
        fact(facts, "TSMC", "fabricates", "Arden Labs");
    }

    @Test
    void theValueOfAnOrderTheSentenceAfterIsSpentOnTheOrderedChip() {
        Fact f = fact(facts("orderValueTheSentenceAfter"), "Halden Cloud", "spends", "MI355X");
        assertEquals("USD 900000000", f.money().toString());
    }

    @Test
    void ownedByInAnAppositionGivesSubsidiary() {
        fact(facts("ownedByInAnApposition"), "Brennan Cloud", "subsidiaryOf", "Ostvik Capital");
    }

    @Test
    void boughtThroughIntermediariesIsNoSupplyByTheMaker() {
        List<Fact> facts = facts("boughtThroughIntermediariesIsNoMakerSupply");
        fact(facts, "Dorvan Systems", "buys", "H100");
        absent(facts, "Nvidia", "supplies", "Dorvan Systems");
    }

    @Test
    void rentingOutAMakersServersIsNoSupplyByTheMaker() {
        absent(facts("rentingOutIsNoPurchaseFromTheMaker"), "Nvidia", "supplies", "Selby Compute");
    }

    @Test
    void buildingClustersOfAChipIsUsingNotFabricatingIt() {
        List<Fact> facts = facts("buildingClustersIsNoFabricating");
        fact(facts, "Merrow Cloud", "buys", "MI355X");
        absent(facts, "Merrow Cloud", "fabricates", "MI355X");
    }

    @Test
    void aVendorNamedBeforeItsChipIsNoAgentOfACoordinatedVerb() {
        List<Fact> facts = facts("vendorBeforeItsChipIsNoAgent");
        absent(facts, "Nvidia", "buys", "H200");
        fact(facts, "Tavira AI", "receives", "H200");
    }

    @Test
    void buyersNamedAfterASentenceWithTwoChipsBuyNeither() {
        List<Fact> facts = facts("buyersAfterTwoChipsBuyNone");
        absent(facts, "Oracle", "buys", "B300");
        absent(facts, "Oracle", "buys", "GB300");
        absent(facts, "Nvidia", "supplies", "Meta");
    }

    @Test
    void aSingularAppositionAfterAListDescribesItsLastMember() {
        // "by Pellaro Labs and by Vintor, the cloud arm of Kasmo Group": only Vintor is Kasmo's (singular-after)
        List<Fact> facts = Extraction.of("en", "appositionAfterListDescribesLastMember");
        fact(facts, "Vintor", "subsidiaryOf", "Kasmo Group");
        absent(facts, "Pellaro Labs", "subsidiaryOf", "Kasmo Group");
    }

    @Test
    void aGermanSingularAppositionAfterAListDescribesItsLastMember() {
        List<Fact> facts = Extraction.of("de", "appositionAfterListDescribesLastMember");
        fact(facts, "Vintor", "subsidiaryOf", "Kasmo Group");
        absent(facts, "Pellaro Labs", "subsidiaryOf", "Kasmo Group");
    }

    @Test
    void aDomesticRivalHasTheCountryWrittenBeforeTheSentencesCompany() {
        // "Korea's Darim ..., and its domestic competitor Gyeon Tools": Korea, not the Japan of the sentence before
        List<Fact> facts = Extraction.of("en", "domesticRivalHasTheCountryOfTheSentencesCompany");
        fact(facts, "Gyeon Tools", "headquarteredIn", "South Korea");
        absent(facts, "Gyeon Tools", "headquarteredIn", "Japan");
    }

    @Test
    void aGermanDomesticRivalHasTheCountryWrittenBeforeTheSentencesCompany() {
        List<Fact> facts = Extraction.of("de", "domesticRivalHasTheCountryOfTheSentencesCompany");
        fact(facts, "Gyeon Tools", "headquarteredIn", "South Korea");
        absent(facts, "Gyeon Tools", "headquarteredIn", "Japan");
        // "erhielt einen Auftrag von Samsung": an order received from Samsung, no delivery by Samsung
        fact(facts, "Gyeon Tools", "supplies", "Samsung");
        absent(facts, "Samsung", "supplies", "Gyeon Tools");
    }

    @Test
    void aDescriptionWithANationalityRefersToThePreviousSubjectWhoseSeatIsUnknown() {
        // "Tianyu Storage ... says Alibaba is one of its customers. The Chinese memory maker has been on ...": the subject
        // before, though only Alibaba's seat is known
        List<Fact> facts = Extraction.of("en", "descriptionRefersToThePreviousSubject");
        fact(facts, "US Entity List", "restricts", "Tianyu Storage");
        absent(facts, "US Entity List", "restricts", "Alibaba");
    }

    @Test
    void moneyInRupeesIsSpentAsItsDollarFigureAndRsIsNoCompany() {
        // "valued at about Rs 1,800 crore ($216 million)": the dollar figure (patterns/currencies.tsv); "Rs" names nothing
        List<Fact> facts = Extraction.of("en", "moneyInRupeesWithDollarFigure");
        Fact spends = fact(facts, "Kaveri Cloud", "spends", "MI355X");
        assertEquals("USD 216000000", spends.money().toString());
        Extraction.noneNamed(facts, "Rs");
    }
}
