package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * German parties a sentence leaves to its context or to nominal style (session 28): customers named with no owner,
 * goods fronted with a supplier and no recipient, customers won or named, majority stakes in a relative clause or
 * fronted. One behaviour per test, on articles written for it (src/test/resources/extract/de).
 */
class GermanImplicitPartiesTest {

    private static List<Fact> customers() { return Extraction.of("de", "kundenOhneBesitzer"); }

    private static List<Fact> goods() { return Extraction.of("de", "wareOhneEmpfaenger"); }

    private static List<Fact> stakes() { return Extraction.of("de", "mehrheitsbeteiligungen"); }

    @Test
    void customersWithNoOwnerAreThoseOfTheCompanyTheSentenceBeforeIsAbout() {
        fact(customers(), "Varnholt Silicon", "supplies", "Ostrava Compute");
    }

    @Test
    void aLaterListMemberWithItsOwnDescriptionIsACustomerToo() {
        List<Fact> facts = customers();
        fact(facts, "Varnholt Silicon", "supplies", "Quellwerk Robotics");
        fact(facts, "Halmstad Grid", "supplies", "Nordkrone");
    }

    @Test
    void aFirstCustomerWithNoOwnerIsTheCompanyBefores() {
        fact(customers(), "Tessaline Fab", "supplies", "Atlantix Micro");
    }

    @Test
    void customersWithAModalAndTheVerbLastAreSupplied() {
        fact(customers(), "Tessaline Fab", "supplies", "Kestrel Motors");
    }

    @Test
    void aCompanyAfterAPrepositionIsNotWhatTheSentenceIsAbout() {
        List<Fact> facts = customers();
        fact(facts, "Dunmore Memory", "supplies", "Pallwick Systems");
        absent(facts, "Sorrel Foundry", "supplies", "Pallwick Systems");
    }

    @Test
    void customersWithNoSentenceBeforeOrOfAnIndustryHaveNoSupplier() {
        List<Fact> facts = customers();
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("supplies")
                && ("Brakelmann Robotik".equals(f.objectLabel()) || "Velmora Bank".equals(f.objectLabel()))), () -> Extraction.dump(facts));
    }

    @Test
    void goodsFrontedWithASupplierSupplyTheCompanyBefore() {
        fact(goods(), "Kaoshan Systems", "supplies", "Rheinfeld Compute");
    }

    @Test
    void goodsSuppliedInThePassiveSupplyTheCompanyBeforeAnotherSupplier() {
        List<Fact> facts = goods();
        fact(facts, "Fjordkøl", "supplies", "Wesermind");
        fact(facts, "Tavera Computing", "supplies", "Wesermind");
        absent(facts, "Tavera Computing", "supplies", "Fjordkøl");
    }

    @Test
    void goodsWithANamedRecipientSupplyOnlyIt() {
        List<Fact> facts = goods();
        fact(facts, "Brennan Tools", "supplies", "Halvik Foundry");
        absent(facts, "Brennan Tools", "supplies", "Ortvina Labs");
    }

    @Test
    void goodsGoToNoCompanyThatBuysNothing() {
        absent(goods(), "Tremont Tools", "supplies", "Sollvik Design");
    }

    @Test
    void serversBuiltForCustomersSupplyEachOfThem() {
        List<Fact> facts = goods();
        fact(facts, "Pentrix", "supplies", "Oberon Cloud");
        fact(facts, "Pentrix", "supplies", "Vastra Networks");
    }

    @Test
    void aCustomerWonOrNamedIsSupplied() {
        List<Fact> facts = goods();
        fact(facts, "Hallberg Systems", "supplies", "Skeldon Data");
        fact(facts, "Norvik Semiconductor", "supplies", "Tessmar");
    }

    @Test
    void aMajorityInARelativeClauseOnTheCompanyMakesItASubsidiary() {
        List<Fact> facts = stakes();
        fact(facts, "Lenvora Systems", "subsidiaryOf", "Quarzfeld Capital");
        fact(facts, "Odrava Semiconductor", "subsidiaryOf", "Vesterby Capital");
    }

    @Test
    void aMajorityFrontedOrInWordsMakesASubsidiary() {
        List<Fact> facts = stakes();
        fact(facts, "Pelkon Labs", "subsidiaryOf", "Tirano Group");
        fact(facts, "Brenna Photonics", "subsidiaryOf", "Skarvik Technik");
    }

    @Test
    void aMinorityStakeMakesNoSubsidiary() {
        absent(stakes(), "Calderon Systems", "subsidiaryOf", "Pirell Capital");
    }

    @Test
    void aSecondSupplierJoinedByUndVomSuppliesTheCompanyBefore() {
        List<Fact> facts = Extraction.of("de", "zweiLieferantenOhneEmpfaenger");
        fact(facts, "Quanta", "supplies", "Nebius");
        fact(facts, "Wiwynn", "supplies", "Nebius");
    }

    @Test
    void aListOfSuppliersAfterTheVerbSuppliesTheCompanyBefore() {
        List<Fact> facts = Extraction.of("de", "zweiLieferantenOhneEmpfaenger");
        fact(facts, "Foxconn", "supplies", "Crusoe");
        fact(facts, "Inventec", "supplies", "Crusoe");
    }
}
