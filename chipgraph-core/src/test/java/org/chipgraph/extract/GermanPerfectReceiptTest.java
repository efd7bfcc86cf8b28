package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/** Session 29: a receipt in the perfect with the receiver after the auxiliary ("Bis April hatte X 2.400 Y von Z erhalten"), on an article of our own. */
class GermanPerfectReceiptTest {

    private static List<Fact> facts() { return Extraction.of("de", "perfektEmpfangNachHilfsverb"); }

    @Test
    void theReceiverAfterTheAuxiliaryReceivesTheChip() {
        Fact f = fact(facts(), "Selvaro Data", "receives", "H200");
        org.junit.jupiter.api.Assertions.assertEquals("2400", f.quantity() == null ? null : f.quantity().toString().replaceAll("[^0-9]", ""));
    }

    @Test
    void theSenderAfterVonSuppliesTheReceiver() {
        fact(facts(), "Nvidia", "supplies", "Selvaro Data");
    }

    @Test
    void anOrderReceivedIsNoReceipt() {
        List<Fact> facts = facts();
        absent(facts, "Brenwick", "receives", "H200");
        absent(facts, "Samsung", "supplies", "Brenwick");
    }
}
