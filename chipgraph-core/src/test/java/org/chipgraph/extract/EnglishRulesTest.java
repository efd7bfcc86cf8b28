package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Stance;
import org.junit.jupiter.api.Test;

/** One behaviour of the English rules per test, each on a sentence written for it (src/test/resources/extract/en). */
class EnglishRulesTest {

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }



    @Test
    void orderWithLowerBoundAndYear() {
        Fact f = fact(facts("orderWithLowerBoundAndYear"), "Baidu", "orders", "Ascend 910C");
        assertEquals(">40000", f.quantity().toString());
        assertEquals("2025", f.date().toString());
    }

    @Test
    void orderAlsoGivesBuysWithoutQuantityOrDate() {
        Fact f = fact(facts("orderWithLowerBoundAndYear"), "Baidu", "buys", "Ascend 910C");
        assertNull(f.quantity());
        assertNull(f.date());
    }

    @Test
    void receivedQuantityWithUpperBoundAndMonth() {
        List<Fact> facts = facts("receivedQuantityWithUpperBoundAndMonth");
        Fact received = fact(facts, "Baidu", "receives", "Ascend 910C");
        assertEquals("<9000", received.quantity().toString());
        assertEquals("2025-04", received.date().toString());
        assertEquals("40000", fact(facts, "Baidu", "orders", "Ascend 910C").quantity().toString(), "the order keeps its own clause's number");
    }

    @Test
    void receivesWithoutNamedChipTakesTheSentencesChip() {
        Fact f = fact(facts("receivesWithImplicitChip"), "Alibaba", "receives", "H20");
        assertEquals("4000", f.quantity().toString());
        assertEquals("2025-03", f.date().toString());
    }

    @Test
    void collectiveOrderHasNoQuantity() {
        List<Fact> facts = facts("collectiveOrderHasNoQuantity");
        for (String company : List.of("Baidu", "Meta", "Tencent")) {
            Fact f = fact(facts, company, "orders", "H200");
            assertNull(f.quantity(), company + " shares the order");
        }
    }

    @Test
    void possessiveChipGivesMakes() {
        fact(facts("possessiveChipGivesMakes"), "AMD", "makes", "MI300X");
    }

    @Test
    void negatedSupplyIsNotAFact() {
        absent(facts("negatedSupplyIsNotAFact"), "Samsung", "supplies", "Huawei");
    }

    @Test
    void spokespersonQuoteGivesDenies() {
        Fact f = fact(facts("spokespersonQuoteGivesDenies"), "Tencent", "denies", null);
        assertEquals(Stance.ASSERTED, f.stance(), "that Tencent denied is asserted");
        assertTrue(f.objectText().contains("deal"), f.objectText());
    }

    @Test
    void plannedSupplyHasPlannedStance() {
        assertEquals(Stance.PLANNED, fact(facts("plannedSupplyHasPlannedStance"), "Cambricon", "supplies", "Baidu").stance());
    }

    @Test
    void reportedOrderCarriesAttribution() {
        Fact f = fact(facts("reportedOrderCarriesAttribution"), "Meta", "orders", "MI300X");
        assertEquals(Stance.REPORTED, f.stance());
        assertTrue(f.attribution().contains("people familiar"), f.attribution());
    }

    @Test
    void spendingOnSupplierChipsInBillions() {
        Fact f = fact(facts("spendingForSupplierInBillions"), "Tencent", "spends", "Nvidia");
        assertEquals("USD 3500000000", f.money().toString());
        assertEquals("2024", f.date().toString());
    }

    @Test
    void foundryManufacturesChipForDesigner() {
        List<Fact> facts = facts("foundryManufacturesChipForDesigner");
        fact(facts, "TSMC", "fabricates", "MI300X");
        fact(facts, "TSMC", "fabricates", "AMD");
        absent(facts, "TSMC", "makes", "MI300X");
    }

    @Test
    void chipDesignedForAMarket() {
        fact(facts("chipDesignedForAMarket"), "B20", "designedFor", "China");
    }

    @Test
    void nationalityAdjectiveGivesHeadquarters() {
        fact(facts("nationalityAdjectiveGivesHeadquarters"), "Cambricon", "headquarteredIn", "China");
    }

    @Test
    void basedCompoundGivesHeadquarters() {
        fact(facts("basedCompoundGivesHeadquarters"), "TSMC", "headquarteredIn", "Taiwan");
    }

    @Test
    void unitOfCompanyGivesSubsidiary() {
        fact(facts("parentCompanyGivesSubsidiary"), "HiSilicon", "subsidiaryOf", "Huawei");
    }

    @Test
    void entityListAdditionRestrictsCompanyAndIsIssued() {
        List<Fact> facts = facts("entityListAdditionRestrictsCompany");
        fact(facts, "US Entity List", "restricts", "Biren");
        fact(facts, "United States", "issues", "US Entity List");
    }

    @Test
    void exportBanRestrictsChipAndCountrySinceYear() {
        List<Fact> facts = facts("exportBanRestrictsChipAndCountrySinceYear");
        Fact chip = fact(facts, "US export controls 2022-10", "restricts", "H100");
        assertTrue(chip.date().toString().startsWith("2022"));
        fact(facts, "US export controls 2022-10", "restricts", "China");
        fact(facts, "United States", "issues", "US export controls 2022-10");
    }

    @Test
    void newRulesTakeTheArticleDate() {
        fact(facts("newRulesTakeTheArticleDate"), "US export controls 2023-10", "restricts", "A800");
    }

    @Test
    void companyHurtByControlsIsNotRestricted() {
        List<Fact> facts = facts("companyHurtByControlsIsNotRestricted");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("restricts")), dump(facts));
    }

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
    void discoveredChipByModelNumberShape() {
        List<Fact> facts = facts("discoveredChipByModelNumberShape");
        Fact f = fact(facts, "Alibaba", "buys", "MI308");
        assertTrue(f.object().discovered());
        assertTrue(f.confidence() < fact(facts, "AMD", "supplies", "Alibaba").confidence(), "discovered entities lower confidence");
        fact(facts, "AMD", "makes", "MI308");
    }

    @Test
    void discoveredCompanyByCorporateSuffix() {
        Fact f = facts("discoveredCompanyByCorporateSuffix").stream().filter(x -> x.relation().localName.equals("orders")).findFirst().orElseThrow();
        assertTrue(f.subject().discovered());
        assertTrue(f.subject().label().startsWith("Zhipu"), f.subject().label());
        assertTrue(f.subject().iri().contains("/company/"), f.subject().iri());
    }

    @Test
    void capitalisedCommonNounBeforeACorporateSuffixIsNoName() {
        List<Fact> facts = facts("capitalisedCommonNounBeforeSuffixIsNoName");
        // "Exports" is tagged a noun whose lemma is "export": not a name, so no company "Exports Group"
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().contains("Exports")), dump(facts));
        assertTrue(fact(facts, "Vexlon Technologies Inc.", "buys", "H20").subject().discovered());
    }

    @Test
    void passiveFoundryWithAnAdverbGivesFabricates() {
        fact(facts("passiveFoundryWithAdverb"), "TSMC", "fabricates", "MI308");
    }

    @Test
    void whoseChipsAreMadeByGivesFabricatesForTheDesigner() {
        fact(facts("whoseChipsAreMadeBy"), "SMIC", "fabricates", "Biren");
    }

    @Test
    void foundryProducingAPossessedChipFabricatesTheChip() {
        List<Fact> facts = facts("foundryProducesPossessedChip");
        fact(facts, "TSMC", "fabricates", "MI308");
        fact(facts, "AMD", "makes", "MI308");
    }

    @Test
    void ownerWithAModifierGivesSubsidiary() {
        fact(facts("ownerWithModifierOfSubsidiary"), "TikTok", "subsidiaryOf", "ByteDance");
    }

    @Test
    void countryPossessiveInAnAppositionGivesHeadquarters() {
        fact(facts("countryPossessiveAppositionGivesHeadquarters"), "SK Hynix", "headquarteredIn", "South Korea");
    }

    @Test
    void controlsImposedInAMonthGiveIssues() {
        fact(facts("controlImposedInGivesIssues"), "United States", "issues", "US export controls 2023-10");
    }

    @Test
    void companyUnderControlsIsRestricted() {
        List<Fact> facts = facts("companyUnderControls");
        assertTrue(facts.stream().anyMatch(f -> f.relation().localName.equals("restricts") && f.objectLabel().equals("Inspur")), dump(facts));
    }

    @Test
    void stockpilingChipsIsBuyingThem() {
        fact(facts("stockpilingIsBuying"), "Alibaba", "buys", "H20");
    }

    @Test
    void aNameBeforeACommaAndADescriptionIsDiscoveredAndKnownLaterInTheArticle() {
        List<Fact> facts = facts("appositionDiscoversCompany");
        Fact order = fact(facts, "Quorvex", "orders", "Ascend 910B");
        assertTrue(order.subject().discovered());
        fact(facts, "Quorvex", "headquarteredIn", "China");
        fact(facts, "Quorvex", "denies", null);
        // "Meanwhile," is an adverb and "On Monday," a date: neither is a company
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().equals("Meanwhile") || f.subject().label().equals("Monday")), dump(facts));
    }

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
    void chipFamilyDroppedWhenModelNamed() {
        List<Fact> facts = facts("chipFamilyDroppedWhenModelNamed");
        absent(facts, "Huawei", "makes", "Ascend");
        fact(facts, "Huawei", "makes", "Ascend 910C");
    }

    @Test
    void possessivePurchaseIsBuyingNotMaking() {
        List<Fact> facts = facts("possessiveUseIsNotMakes");
        absent(facts, "Baidu", "makes", "H200");
        fact(facts, "Baidu", "buys", "H200");
    }

    @Test
    void chipDesignedToComplyIsNotRestricted() {
        List<Fact> facts = facts("chipDesignedToComplyIsNotRestricted");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("restricts")), dump(facts));
        fact(facts, "MI309", "designedFor", "China");
    }

    @Test
    void countryPossessiveGivesHeadquarters() {
        fact(facts("countryPossessiveGivesHeadquarters"), "SK Hynix", "headquarteredIn", "South Korea");
    }

    @Test
    void descriptionBeforeAnUnknownNameIsNotAnAnaphor() {
        List<Fact> facts = facts("unknownApposedNameIsNotAnAnaphor");
        absent(facts, "Huawei", "buys", "Ascend 910B");
        absent(facts, "Baidu", "buys", "Ascend 910B");
    }

    @Test
    void customerOfCompanyGivesSupplies() {
        fact(facts("customerOfSupplier"), "Cambricon", "supplies", "Tencent");
    }

    @Test
    void discoveredChipNamedAfterPossessive() {
        List<Fact> facts = facts("discoveredChipAfterPossessive");
        Fact f = fact(facts, "Alibaba", "makes", "Hanguang 800");
        assertTrue(f.object().discovered());
        assertTrue(facts.stream().noneMatch(x -> x.objectLabel().equals("AI")), "\"AI chips\" names no chip:" + dump(facts));
    }

    @Test
    void passiveDesignedByGivesMakesAndMadeByFoundryGivesFabricates() {
        List<Fact> facts = facts("passiveDesignedByGivesMakes");
        assertTrue(fact(facts, "Intel", "makes", "Gaudi 3").confidence() >= 0.7, "stated by the text, not only by the vendor convention");
        fact(facts, "TSMC", "fabricates", "Gaudi 3");
        absent(facts, "TSMC", "makes", "Gaudi 3");
    }

    @Test
    void blacklistedCompanyIsListedWithTheListingDate() {
        Fact f = fact(facts("blacklistedCompanyIsRestricted"), "US Entity List", "restricts", "Huawei");
        assertEquals(2019, f.date().year());
    }

    @Test
    void possessiveUnitGivesSubsidiary() {
        fact(facts("possessiveUnitGivesSubsidiary"), "HiSilicon", "subsidiaryOf", "Huawei");
    }

    @Test
    void nationalityAgainstTheRegistrysSeatIsDropped() {
        List<Fact> facts = facts("nationalityAgainstTheRegistrysSeat");
        absent(facts, "Samsung", "headquarteredIn", "Japan");
        fact(facts, "Kestrel Systems", "headquarteredIn", "Japan");
    }

    @Test
    void aCollectiveWithANationalityPlacesEachCompanyOfTheList() {
        List<Fact> facts = facts("collectiveWithNationalityGivesHeadquarters");
        fact(facts, "Kelvor Systems", "headquarteredIn", "Norway");
        fact(facts, "Lumeo Labs", "headquarteredIn", "Norway");
    }

    @Test
    void theCountrysRefersToTheCountryNamedBefore() {
        fact(facts("countryReferenceTakesTheCountryNamedBefore"), "Nikon", "headquarteredIn", "Japan");
    }

    @Test
    void theCountrysAfterASentenceWithTwoCountriesIsLeftUnresolved() {
        List<Fact> facts = facts("countryReferenceAfterTwoCountriesIsUnresolved");
        absent(facts, "Nikon", "headquarteredIn", "Japan");
        absent(facts, "Nikon", "headquarteredIn", "Vietnam");
    }

    @Test
    void aDescriptionWithANationalityTakesTheNearestCompanyThatFits() {
        List<Fact> facts = facts("descriptionWithNationalityTakesTheCompanyThatFits");
        fact(facts, "TSMC", "fabricates", "Lumeo Labs");
        absent(facts, "Meta", "headquarteredIn", "Taiwan");
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

    // ---- issue 12, English recall

    @Test
    void laterMonthThanTheArticlesIsLastYears() {
        List<Fact> facts = facts("laterMonthThanTheArticlesIsLastYears");
        fact(facts, "US export controls 2024-11", "restricts", "Micron");
        fact(facts, "US export controls 2024-11", "restricts", "China");
    }

    @Test
    void laterMonthAfterWillIsThisYears() {
        List<Fact> facts = facts("laterMonthAfterWillIsThisYears");
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().endsWith("2024-11")), () -> "a measure to come is no measure of last year:" + dump(facts));
    }

    @Test
    void companyToldToStopSellingIsRestricted() {
        fact(facts("exporterNeedingALicenceIsNoRestrictedParty"), "US export controls 2025-04", "restricts", "Intel");
    }

    @Test
    void exporterNeedingALicenceIsNoRestrictedParty() {
        List<Fact> facts = facts("exporterNeedingALicenceIsNoRestrictedParty");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("restricts") && f.objectLabel().equals("AMD")), () -> "AMD only needs a licence:" + dump(facts));
    }

    @Test
    void bracketedMarketQualifiesOnlyItsChip() {
        List<Fact> facts = facts("bracketedMarketQualifiesOnlyItsChip");
        fact(facts, "A800", "designedFor", "China");
        absent(facts, "A100", "designedFor", "China");
        absent(facts, "H100", "designedFor", "China");
        absent(facts, "H800", "designedFor", "China");
    }

    @Test
    void nameBetweenMakerAndChipNounIsAChip() {
        List<Fact> facts = facts("nameBetweenMakerAndChipNounIsAChip");
        fact(facts, "Korvani Cloud", "buys", "Vantablade");
        fact(facts, "Nvidia", "makes", "Vantablade");
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().equals("Vantablade") && f.relation().localName.equals("supplies")), () -> "a chip supplies nothing:" + dump(facts));
    }

    @Test
    void bracketedCompanyIsAnAsideInAList() {
        List<Fact> facts = facts("bracketedCompanyIsAnAsideInAList");
        fact(facts, "Tencent", "orders", "H20");
        fact(facts, "Baidu", "headquarteredIn", "China");
        absent(facts, "HiSilicon", "orders", "H20");
    }

    @Test
    void unknownNameReadAsAdjectiveAfterDescriptor() {
        List<Fact> facts = facts("unknownNameReadAsAdjectiveAfterDescriptor");
        fact(facts, "Ventrue", "headquarteredIn", "China");
        fact(facts, "Nvidia", "supplies", "Ventrue");
    }

    @Test
    void singularAppositionAfterAListDescribesItsLastName() {
        List<Fact> facts = facts("singularAppositionAfterAListDescribesItsLastName");
        fact(facts, "Lumeo Labs", "headquarteredIn", "United Arab Emirates");
        absent(facts, "Korvani Cloud", "headquarteredIn", "United Arab Emirates");
        fact(facts, "Nvidia", "supplies", "Korvani Cloud");
    }

    @Test
    void descriptionInsideAnAppositionIsAnotherCompany() {
        List<Fact> facts = facts("descriptionInsideAnAppositionIsAnotherCompany");
        fact(facts, "Lumeo Labs", "subsidiaryOf", "Orsa Cloud");
        fact(facts, "Lumeo Labs", "headquarteredIn", "United Kingdom");
    }

    @Test
    void personsPossessiveInAListIsNoCompany() {
        List<Fact> facts = facts("personsPossessiveInAListIsNoCompany");
        fact(facts, "Nvidia", "supplies", "Oracle");
        assertTrue(facts.stream().noneMatch(f -> f.objectLabel() != null && f.objectLabel().startsWith("Elon")), () -> "a person is no customer:" + dump(facts));
    }

    @Test
    void companyInsideAnAppositionIsNoSubject() {
        List<Fact> facts = facts("companyInsideAnAppositionIsNoSubject");
        fact(facts, "Kelvor Systems", "buys", "H100");
        absent(facts, "Nvidia", "buys", "H100");
    }

    @Test
    void subjectOfARelativeClauseIsNotRestricted() {
        List<Fact> facts = facts("subjectOfARelativeClauseIsNotRestricted");
        fact(facts, "US export controls 2023-10", "restricts", "H800");
        absent(facts, "US export controls 2023-10", "restricts", "Nvidia");
    }

    @Test
    void consideredBlacklistingRestrictsNobody() {
        List<Fact> facts = facts("consideredBlacklistingRestrictsNobody");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("restricts")), () -> "a measure only considered:" + dump(facts));
    }

    @Test
    void sourceAfterAccordingToIsNoRecipient() {
        List<Fact> facts = facts("sourceAfterAccordingToIsNoRecipient");
        fact(facts, "Nvidia", "supplies", "Kelvor Systems");
        absent(facts, "Nvidia", "supplies", "Lumeo Capital");
        absent(facts, "Lumeo Capital", "buys", "H20");
    }

    @Test
    void possessiveOfANameEndingInS() {
        fact(facts("possessiveOfANameEndingInS"), "Orsa Compute", "subsidiaryOf", "Kelvor Systems");
    }

    // ---- document-level references (References) and lists (Coordination)

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
    void descriptionAfterAPrepositionIsNotItsClausesSubject() {
        List<Fact> facts = facts("descriptionAfterPrepositionIsNotTheSubject");
        fact(facts, "Quorvane Labs", "supplies", "Microsoft");
    }

    @Test
    void peerNounAfterAPossessiveJoinsTheList() {
        List<Fact> facts = facts("peerAfterPossessiveJoinsTheList");
        fact(facts, "Nvidia", "supplies", "Microsoft");
        fact(facts, "AMD", "supplies", "Microsoft");
    }

    @Test
    void partOfAQuantityOfTheAcceleratorsRefersToTheChipNamedLast() {
        fact(facts("partOfAQuantityRefersToTheChip"), "Baidu", "buys", "Ascend 910C");
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

    // references to chips across sentences (issue 12): "the chips", "them", each the one chip named last

    @Test
    void theChipsInsideASentenceAreTheChipNamedTheSentenceBefore() {
        fact(facts("chipsNamedTheSentenceBefore"), "Microsoft", "buys", "MI300X");
    }

    @Test
    void themAfterAQuantityIsThePartOfTheChipNamedBefore() {
        Fact f = fact(facts("partOfThemAfterAQuantity"), "Baidu", "orders", "Ascend 910C");
        assertEquals("5000", f.quantity().toString());
    }

    @Test
    void aCollectiveOrderingTheChipsGivesOneFactPerCompany() {
        List<Fact> facts = facts("collectiveOrdersTheChipsBefore");
        fact(facts, "Tencent", "orders", "H20");
        fact(facts, "Alibaba", "orders", "H20");
    }

    /** Session 27: a plural reference takes a list of chips named as one, each (two chips named apart: ChipAndClauseReferencesTest). */
    @Test
    void theChipsAfterAListOfTwoChipsReferToBoth() {
        List<Fact> facts = facts("theChipsAfterAListOfTwoChipsAreBoth");
        fact(facts, "Tencent", "buys", "H20");
        fact(facts, "Tencent", "buys", "L20");
    }

    @Test
    void themAfterAVerbOfBuyingIsTheChipNamedBefore() {
        fact(facts("themAfterAVerbOfBuying"), "Baidu", "orders", "Ascend 910B");
    }
}
