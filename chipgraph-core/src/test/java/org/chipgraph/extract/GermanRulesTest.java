package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Stance;
import org.junit.jupiter.api.Test;

/** One behaviour of the German rules per test, each on a sentence written for it (src/test/resources/extract/de). */
class GermanRulesTest {

    private static List<Fact> facts(String name) { return Extraction.of("de", name); }


    @Test
    void germanOrderWithVerbSecondAndLastYear() {
        Fact f = fact(facts("germanOrderWithVerbSecond"), "Baidu", "orders", "Ascend 910C");
        assertEquals(">20000", f.quantity().toString());
        assertEquals("2024", f.date().toString());
    }

    @Test
    void capitalisedNounBeforeACorporateSuffixIsNoName() {
        List<Fact> facts = facts("grossgeschriebenesNomenVorSuffixIstKeinName");
        // German capitalises every noun: "Halbleiter" is tagged a noun, not a proper noun
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().contains("Halbleiter")), dump(facts));
        assertTrue(fact(facts, "Vexlon Technologies AG", "buys", "H20").subject().discovered());
    }

    @Test
    void perfectWithTheParticipleLastGivesBuys() {
        List<Fact> facts = facts("perfektMitPartizipAmEnde");
        fact(facts, "Tencent", "buys", "H20");
        fact(facts, "Nvidia", "supplies", "Tencent");
    }

    @Test
    void passiveBuildingIntoServersGivesBuys() {
        fact(facts("passivEinbauIstKauf"), "Inspur", "buys", "H20");
    }

    @Test
    void passiveFabricationWithAnInsertedComparison() {
        fact(facts("passivFertigungMitEinschub"), "SMIC", "fabricates", "Ascend 910C");
    }

    @Test
    void spokespersonDeniedFollowedByAComma() {
        Fact f = fact(facts("sprecherBestrittMitKomma"), "Biren", "denies", null);
        assertTrue(f.objectText().contains("TSMC"), f.objectText());
    }

    @Test
    void oneOfTheLargestMakersOfAGenitiveCountryGivesHeadquarters() {
        fact(facts("einerDerGroesstenMitGenitivLand"), "Lenovo", "headquarteredIn", "China");
    }

    @Test
    void anExampleAfterWieIsTheSubject() {
        fact(facts("beispielNachWieIstSubjekt"), "Inspur", "supplies", "Baidu");
    }

    @Test
    void germanDenialIsNotAPositiveFact() {
        List<Fact> facts = facts("germanNegatedPurchaseIsNotAFact");
        assertTrue(find(facts, "Tencent", "buys", "H20").isEmpty(), dump(facts));
        assertTrue(find(facts, "Nvidia", "supplies", "Tencent").isEmpty(), dump(facts));
    }

    @Test
    void germanSpokespersonDenies() {
        Fact f = fact(facts("germanSpokespersonDenies"), "Alibaba", "denies", null);
        assertEquals(Stance.ASSERTED, f.stance(), "that Alibaba denied is asserted");
        assertTrue(f.objectText().startsWith("Kauf"), f.objectText());
        assertTrue(find(facts("germanSpokespersonDenies"), "Alibaba", "buys", null).isEmpty());
    }

    @Test
    void germanGenitiveGivesMakes() {
        fact(facts("germanGenitiveGivesMakes"), "Nvidia", "makes", "H200");
    }

    @Test
    void germanMoneyInMilliarden() {
        assertEquals("USD 4000000000", fact(facts("germanMoneyInMilliarden"), "Meta", "spends", "Nvidia").money().toString());
    }

    @Test
    void germanBlacklistRestrictsCompany() {
        fact(facts("germanBlacklistRestrictsCompany"), "US Entity List", "restricts", "Moore Threads");
    }

    @Test
    void germanDesignedForChineseMarket() {
        fact(facts("germanDesignedForChineseMarket"), "B20", "designedFor", "China");
    }

    @Test
    void germanVerbLastControlRestrictsChipAndCountry() {
        List<Fact> facts = facts("germanControlVerbRestrictsChip");
        fact(facts, "US export controls 2023-10", "restricts", "H800");
        fact(facts, "US export controls 2023-10", "restricts", "China");
    }

    @Test
    void germanHomeWordTakesTheCountryOfTheCompanySpokenOf() {
        fact(facts("germanHomeWordHeadquarters"), "Cambricon", "headquarteredIn", "China");
    }

    @Test
    void germanParentCompound() {
        fact(facts("germanParentCompany"), "TikTok", "subsidiaryOf", "ByteDance");
    }

    @Test
    void germanInsiderReportIsReported() {
        Fact f = fact(facts("germanReportedStance"), "Alibaba", "orders", "H20");
        assertEquals(Stance.REPORTED, f.stance());
        assertEquals("10000", f.quantity().toString());
    }

    @Test
    void germanSupplierToCustomer() {
        List<Fact> facts = facts("germanSupplierToCustomer");
        fact(facts, "Huawei", "supplies", "Baidu");
        fact(facts, "Baidu", "buys", "Ascend 910B");
    }

    @Test
    void germanSuppliesCustomerWithChip() {
        List<Fact> facts = facts("germanSuppliesCustomerWithChip");
        fact(facts, "Cambricon", "supplies", "Tencent");
        fact(facts, "Tencent", "buys", "MLU590");
    }

    @Test
    void germanSollIsReportedNotPlanned() {
        assertEquals(Stance.REPORTED, fact(facts("germanSollIsReported"), "Baidu", "orders", "Ascend 910C").stance());
    }

    @Test
    void aCommaBeforeARelativePronounJoinsNoList() {
        List<Fact> facts = facts("relativsatzIstKeineAufzaehlung");
        fact(facts, "Kestrel", "supplies", "Nvidia");
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().equals("Nvidia") && f.relation().localName.equals("supplies")), dump(facts));
    }

    @Test
    void dasBetrifftWithoutAControlInTheSentenceBeforeRestrictsNothing() {
        List<Fact> facts = facts("dasBetrifftOhneMassnahmeDavor");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("restricts")), dump(facts));
    }
    @Test
    void aShortNameAfterKurzIsTheNameTheCompanyGoesBy() {
        List<Fact> facts = facts("kurzformNachKommaIstDerBekannteName");
        fact(facts, "CXMT", "headquarteredIn", "China");
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().startsWith("Changxin")), dump(facts));
    }

    @Test
    void aCapitalisedWordTheTaggerTakesForAnArticleIsAName() {
        // German writes articles in lower case: "Jenoptik" tagged DET is a word the tagger has never seen
        assertTrue(fact(facts("unbekannterNameAlsArtikelGetaggt"), "Jenoptik", "supplies", "ASML").subject().discovered());
    }

    @Test
    void aSourceAfterLautIsNoSubject() {
        List<Fact> facts = facts("quelleNachLautIstKeinSubjekt");
        fact(facts, "Zeiss", "supplies", "ASML");
        assertTrue(find(facts, "Jenoptik", "supplies", "ASML").isEmpty(), dump(facts));
    }
    @Test
    void aSeasonOrQuarterWithoutAYearIsTheArticlesYear() {
        for (String text : List.of("ByteDance bestellte im Frühjahr 5000 H20.", "Im dritten Quartal stiegen die Lieferungen.",
                "Bis Jahresende sollen die Chips ankommen.")) {
            var found = RelativeDateResolver.find(text, org.chipgraph.fact.PartialDate.parse("2025-06-10"));
            assertEquals(1, found.size(), text + ": " + found);
            assertEquals("2025", found.get(0).date().toString(), text);
        }
        // with a year, the year of the text ("im dritten Quartal 2024")
        assertEquals("2024", RelativeDateResolver.find("Im dritten Quartal 2024 stiegen die Lieferungen.",
                org.chipgraph.fact.PartialDate.parse("2025-06-10")).get(0).date().toString());
    }
    @Test
    void bareModelNumbersAfterAChipOfAFamilyAreChipsButACountIsNot() {
        List<Fact> facts = facts("modellnummernNachFamilieAberKeineStueckzahl");
        fact(facts, "Huawei", "makes", "Ascend 960");
        // "und 300 weitere Chips": a number before an adjective or noun is a count
        assertTrue(facts.stream().noneMatch(f -> f.objectLabel() != null && f.objectLabel().equals("Ascend 300")), dump(facts));
    }

    @Test
    void aSeparableVerbSecondCountsOnlyWithItsOwnParticle() {
        // "stellte ... vor" presents; only "stellte ... her" would be the fabrication verb herstellen
        List<Fact> facts = facts("trennbaresVerbBrauchtSeinePartikel");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("fabricates")), dump(facts));
    }

    @Test
    void aCountryAfterAGenitiveBelongsToTheOtherCompany() {
        List<Fact> facts = facts("landNachGenitivGehoertEinemAnderen");
        fact(facts, "TSMC", "fabricates", "Nvidia");
        assertTrue(find(facts, "TSMC", "headquarteredIn", "United States").isEmpty(), dump(facts));
    }

    @Test
    void vonAfterAChipWithoutAPassiveAuxiliaryNamesTheMakerNotTheBuyer() {
        List<Fact> facts = facts("vonOhneHilfsverbIstKeinPassiv");
        fact(facts, "Tencent", "buys", "H20");
        assertTrue(find(facts, "Nvidia", "buys", "H20").isEmpty(), dump(facts));
    }

    @Test
    void fabricateWithLassenAndVonIsFabricationNotASale() {
        List<Fact> facts = facts("fertigenLassenIstKeinVerkauf");
        fact(facts, "GlobalFoundries", "fabricates", "Ardent Compute");
        assertTrue(find(facts, "GlobalFoundries", "supplies", "Ardent Compute").isEmpty(), dump(facts));
    }

    @Test
    void aCompanyClosingAnAppositionIsNotTheSubjectOfTheVerbAfterIt() {
        List<Fact> facts = facts("appositionSchliesstNichtDasSubjekt");
        fact(facts, "Velmora", "orders", "H200");
        fact(facts, "Nvidia", "supplies", "Velmora");
        fact(facts, "Velmora", "subsidiaryOf", "Qadira");
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().equals("Qadira") && !f.relation().localName.equals("subsidiaryOf")), dump(facts));
        assertTrue(find(facts, "Nvidia", "supplies", "Qadira").isEmpty(), dump(facts));
    }

    @Test
    void aCommonNounBeforeANameIsNoPartOfIt() {
        List<Fact> facts = facts("nomenVorNamenGehoertNichtZumNamen");
        fact(facts, "SK Hynix", "supplies", "AMD");
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().contains("Angaben") || (f.object() != null && f.object().label().contains("Angaben"))), dump(facts));
    }

    @Test
    void theCompanyThatReportsIsTheAgentOfAnAgentlessModalPassive() {
        fact(facts("wieDasUnternehmenMitteilteModalpassiv"), "Vantiq", "supplies", "Microsoft");
    }

    @Test
    void aCustomerInThePassiveOfBeliefernIsTheObject() {
        List<Fact> facts = facts("kundeImPassivVonBeliefert");
        fact(facts, "Nvidia", "supplies", "Tencent");
        assertTrue(find(facts, "Tencent", "supplies", "Nvidia").isEmpty(), dump(facts));
    }

    @Test
    void aPossessiveBeforeAnotherNounDoesNotMakeTheChipAfterIt() {
        List<Fact> facts = facts("possessivVorAnderemNomenMachtKeinenChip");
        fact(facts, "Alibaba", "buys", "Zirkon-9");
        assertTrue(find(facts, "Alibaba", "makes", "Zirkon-9").isEmpty(), dump(facts));
    }

    @Test
    void aModelVomTypIsADiscoveredChip() {
        Fact f = fact(facts("modellVomTypIstEinChip"), "Ostrion", "orders", "Quill-7");
        assertTrue(f.object().discovered(), dump(List.of(f)));
    }

    @Test
    void theModelAVersionIsDerivedFromIsNotDesignedForTheCountry() {
        List<Fact> facts = facts("ausgangsmodellIstNichtFuerDasLandEntwickelt");
        fact(facts, "H20", "designedFor", "China");
        assertTrue(find(facts, "H100", "designedFor", "China").isEmpty(), dump(facts));
    }

    @Test
    void chipsMadeToComplyWithTheRulesAreNotRestrictedByThem() {
        List<Fact> facts = facts("chipZumEinhaltenDerRegelnIstNichtBeschraenkt");
        fact(facts, "A800", "designedFor", "China");
        fact(facts, "H800", "designedFor", "China");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("restricts")), dump(facts));
    }

    @Test
    void aCompanyAfterAnAccusativeArticleOpeningTheSentenceIsTheObject() {
        List<Fact> facts = facts("objektImVorfeldIstNichtSubjekt");
        fact(facts, "Infineon", "supplies", "Tesla");
        assertTrue(find(facts, "Tesla", "supplies", "Infineon").isEmpty(), dump(facts));
    }

    @Test
    void aChipAfterAPrepositionOpeningTheSentenceIsNotTheObject() {
        List<Fact> facts = facts("vorfeldMitPraepositionIstKeinObjekt");
        fact(facts, "Tencent", "buys", "Ascend 910B");
        assertTrue(find(facts, "Tencent", "buys", "H20").isEmpty(), dump(facts));
    }

    @Test
    void aCountOfUnitsWithoutAChipNameIsTheChipNamedBefore() {
        Fact f = fact(facts("stueckzahlOhneChipMeintDenLetztenChip"), "Tencent", "orders", "H20");
        assertEquals("20000", f.quantity().toString());
    }

    @Test
    void moneyInWordsBeforeThePurchaseIsSpentWithTheSeller() {
        Fact f = fact(facts("geldInWortenVorDemKauf"), "Microsoft", "spends", "AMD");
        assertEquals("USD 2000000000", f.money().toString());
    }

    @Test
    void aStopVerbClosingTheClauseDeniesTheSupply() {
        List<Fact> facts = facts("lieferstoppAmEndeIstKeineLieferung");
        assertTrue(find(facts, "Samsung", "supplies", "Huawei").isEmpty(), dump(facts));
    }

    @Test
    void aSeparableStopVerbDeniesTheSupply() {
        List<Fact> facts = facts("lieferungEingestelltIstKeineLieferung");
        assertTrue(find(facts, "Micron", "supplies", "Huawei").isEmpty(), dump(facts));
    }

    @Test
    void aStopVerbInTheNextCoordinatedClauseDeniesNothing() {
        fact(facts("einstellenImNaechstenSatzteilVerneintNicht"), "Samsung", "supplies", "Huawei");
    }

    @Test
    void aSingularDescriptionBeforeAListNamesOnlyItsFirstMember() {
        List<Fact> facts = facts("einzahlVorAufzaehlungNenntDasErste");
        fact(facts, "Infineon", "headquarteredIn", "Germany");
        assertTrue(find(facts, "Bosch", "headquarteredIn", null).isEmpty(), dump(facts));
        fact(facts, "Bosch", "supplies", "Tesla");
    }

    @Test
    void aPluralDescriptionBeforeAListNamesEveryMember() {
        List<Fact> facts = facts("mehrzahlVorAufzaehlungNenntAlle");
        fact(facts, "Infineon", "headquarteredIn", "Germany");
        fact(facts, "Bosch", "headquarteredIn", "Germany");
    }
}
