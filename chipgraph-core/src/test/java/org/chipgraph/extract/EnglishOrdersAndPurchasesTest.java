package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * English orders, receipts, purchases and spending: quantities, dates and the guide's conventions (an order is
 * also a purchase; a collective order has no quantity).
 * One behaviour per test, each on a sentence written for it (src/test/resources/extract/en).
 */
class EnglishOrdersAndPurchasesTest {

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
    void spendingOnSupplierChipsInBillions() {
        Fact f = fact(facts("spendingForSupplierInBillions"), "Tencent", "spends", "Nvidia");
        assertEquals("USD 3500000000", f.money().toString());
        assertEquals("2024", f.date().toString());
    }

    @Test
    void stockpilingChipsIsBuyingThem() {
        fact(facts("stockpilingIsBuying"), "Alibaba", "buys", "H20");
    }

    @Test
    void possessivePurchaseIsBuyingNotMaking() {
        List<Fact> facts = facts("possessiveUseIsNotMakes");
        absent(facts, "Baidu", "makes", "H200");
        fact(facts, "Baidu", "buys", "H200");
    }

    @Test
    void customerOfCompanyGivesSupplies() {
        fact(facts("customerOfSupplier"), "Cambricon", "supplies", "Tencent");
    }
}
