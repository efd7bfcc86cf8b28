package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 27's precision guards, one per kind of extra fact: schedules, hedges and denials around a match
 * ({@link Hedges}), co-occurrence across a quotation's end, "controls" as a verb, a possessive or a system noun across a
 * preposition, words that name no party, an issuer's possessive before a compound, one parent of a German "Tochter", and two
 * names joined by a comma alone ({@link Coordination}). Each on sentences written for it (src/test/resources/extract/{en,de}).
 */
class PrecisionGuardsTest {

    private static List<Fact> en(String name) { return Extraction.of("en", name); }

    private static List<Fact> de(String name) { return Extraction.of("de", name); }

    private static boolean restricts(List<Fact> facts, String object) {
        return facts.stream().anyMatch(f -> f.relation().localName.equals("restricts") && object.equals(f.objectLabel()));
    }

    @Test
    void aDeliveryScheduleWithoutACountOfItsOwnIsNoReceipt() {
        List<Fact> facts = en("scheduledDeliveryIsNoReceipt");
        absent(facts, "Tervalo Cloud", "receives", "MI355X");
        fact(facts, "Tervalo Cloud", "orders", "MI355X");
    }

    @Test
    void aShipmentThatCouldComeIsNoReceipt() {
        absent(en("possibleShipmentIsNoReceipt"), "Lorvik Cloud", "receives", "H200");
    }

    @Test
    void aScheduledBatchWithItsOwnCountIsAReceipt() {
        Fact f = fact(en("scheduledBatchIsAReceipt"), "Tervalo Cloud", "receives", "MI355X");
        assertEquals("2000", f.quantity().value().toPlainString());
    }

    @Test
    void einLieferplanImSatzDerBestellungIstKeinErhalt() {
        List<Fact> facts = de("lieferplanIstKeinErhalt");
        absent(facts, "Kolmar Rechenwerk", "receives", "B200");
        fact(facts, "Kolmar Rechenwerk", "orders", "B200");
    }

    @Test
    void eineBerichteteLieferungIstEinErhalt() {
        // "sollen ... geliefert worden sein" reports a past delivery, it schedules nothing
        Fact f = fact(de("berichteteLieferungIstErhalt"), "Orvano Cloud", "receives", "KX-3");
        assertEquals("2026-02", f.date().toString());
    }

    @Test
    void curbsOnlyWeighedAreNoControl() {
        assertTrue(!restricts(en("weighedCurbsAreNoControl"), "HBM4"));
        assertTrue(restricts(en("imposedCurbsAreAControl"), "HBM4"), "the same sentence with an act gives the control");
    }

    @Test
    void erwogeneAuflagenSindKeineKontrolle() {
        assertTrue(!restricts(de("erwogeneAuflagenSindKeineKontrolle"), "HBM4"));
    }

    @Test
    void whatRejectedReportsSayIsNoFact() {
        absent(en("rejectedReportsAreNoSupply"), "Qorvane Labs", "buys", "H100");
    }

    @Test
    void wasZurueckgewieseneBerichteSagenIstKeineTatsache() {
        assertTrue(!restricts(de("zurueckgewieseneBerichteSindKeineKontrolle"), "Russia"));
    }

    @Test
    void aControlWordInAQuotationReachesNoChipAfterIt() {
        assertTrue(!restricts(en("quoteEndsTheControlsReach"), "DX-9"));
    }

    @Test
    void aCountrysPossessiveBeforeACompoundModifierIssuesTheControl() {
        List<Fact> facts = en("possessiveIssuerBeforeACompoundModifier");
        fact(facts, "China", "issues", "Chinese export controls 2025-05");
        fact(facts, "Chinese export controls 2025-05", "restricts", "Vietnam");
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().startsWith("US export controls")));
    }

    @Test
    void controllingAShareOfAMarketIsNoExportControl() {
        assertTrue(!restricts(en("marketControlIsNoExportControl"), "HBM3E"));
    }

    @Test
    void aPossessiveDoesNotReachAChipPastOn() {
        List<Fact> facts = en("possessiveDoesNotReachPastOn");
        absent(facts, "Ravelin Cloud", "makes", "QV-40");
        absent(facts, "Sorvik AI", "makes", "QV-40");
    }

    @Test
    void managersOfACompanyAreNoSystemOfIt() {
        List<Fact> facts = en("managersOfTheCompanyAreNoSystem");
        absent(facts, "Nvidia", "supplies", "Tarvix Logistics");
    }

    @Test
    void twoNamesJoinedByACommaAloneAreNoList() {
        // "Unlike A, which buys from B, C has ...": B and C are no list, so C is no seller
        List<Fact> facts = en("commaPairIsNoList");
        assertTrue(Extraction.find(facts, "Korvath Data", "supplies", null).isEmpty(), "Korvath Data supplies nobody");
    }

    @Test
    void aCommaListEndingInADescriptionAfterAConjunctionIsAList() {
        List<Fact> facts = en("commaListEndingInADescriptionIsAList");
        fact(facts, "Nvidia", "supplies", "Korvath Data");
        fact(facts, "Nvidia", "supplies", "Brisa Compute");
    }

    @Test
    void languagesAndCourtDistrictsAreNoParties() {
        List<Fact> facts = en("languagesAndDistrictsAreNoParties");
        noneNamed(facts, "Swahili", "Eastern District");
        fact(facts, "Corvane Systems", "supplies", "Pellmont Trading");
    }

    @Test
    void eineTochterHatNurDieMutterInIhrerApposition() {
        List<Fact> facts = de("eineTochterHatEineMutter");
        fact(facts, "Kelvar Optik", "subsidiaryOf", "Orsini Holding");
        absent(facts, "Kelvar Optik", "subsidiaryOf", "Brandt Vakuum");
    }

    @Test
    void einGrundAmSatzanfangIstKeinName() {
        noneNamed(de("grundIstKeinName"), "Grund");
    }
}
