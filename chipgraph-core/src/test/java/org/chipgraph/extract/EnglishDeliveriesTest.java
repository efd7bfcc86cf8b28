package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 31: goods delivered to a company are goods it received (the receives rules on class DELIVER of en.verbs.tsv),
 * and goods received are goods bought (the guide's convention, as for orders). Sentences written for these tests.
 */
class EnglishDeliveriesTest {

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }

    @Test
    void aPastShipmentWithACountIsReceivedWithItsCountAndDate() {
        Fact f = fact(facts("deliveredGoodsAreReceived"), "Lumeo Labs", "receives", "Tesseract-4");
        assertEquals("12000", f.quantity().toString());
        assertEquals("2026-01", f.date().toString());
    }

    @Test
    void aPassiveDeliveryToACompanyIsReceived() {
        Fact f = fact(facts("deliveredGoodsAreReceived"), "Orsa Compute", "receives", "Tesseract-4");
        assertEquals("2000", f.quantity().toString());
    }

    @Test
    void aDeliveryToTwoCompaniesIsReceivedByEachWithoutTheSharedCount() {
        List<Fact> facts = facts("deliveredGoodsAreReceived");
        for (String company : List.of("Tovik Data", "Fenra Cloud")) {
            Fact f = fact(facts, company, "receives", "Kestra-2");
            assertTrue(f.quantity() == null, company + " shares the 800 cards");
        }
    }

    @Test
    void aStandingTradeOrASaleIsNoReceipt() {
        List<Fact> facts = facts("standingTradeIsNoDelivery");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("receives")), () -> dump(facts));
        fact(facts, "Tovik Data", "buys", "Kestra-2");
    }

    @Test
    void goodsReceivedAreBought() {
        Fact f = fact(facts("receiptIsAPurchase"), "Orsa Compute", "buys", "B200");
        assertTrue(f.quantity() == null && f.date() == null, "the count and date are the receipt's");
    }

    @Test
    void aShipmentItselfGivesTheRecipientsPurchaseOnce() {
        List<Fact> facts = facts("deliveredGoodsAreReceived");
        fact(facts, "Lumeo Labs", "buys", "Tesseract-4");
        absent(facts, "Korvani Systems", "receives", "Tesseract-4");
    }
}
