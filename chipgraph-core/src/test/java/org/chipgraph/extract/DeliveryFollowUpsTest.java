package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A delivery told after the order ("The first 1,500 units arrived last month") is what the buyer of that order
 * receives, with the sentence's number and date; a delivery to a company the sentence names is no follow-up; an order
 * received is no delivery.
 * Sentences written for these tests (extract/en, extract/de).
 */
class DeliveryFollowUpsTest {

    @Test
    void unitsArrivingAfterAnOrderAreReceivedByItsBuyer() {
        var f = fact(Extraction.of("en", "deliveryAfterTheOrder"), "Pellam Cloud", "receives", "H200");
        assertEquals("1500", f.quantity().value().toPlainString());
        assertEquals("2026-05", f.date().toString());
    }

    @Test
    void aDeliveryToAnotherCompanyIsNoFollowUpOfTheOrder() {
        absent(Extraction.of("en", "deliveryToAnotherCompanyIsNoFollowUp"), "Pellam Cloud", "receives", "H200");
    }

    @Test
    void eineAngekuendigteLieferungNachDerBestellung() {
        var f = fact(Extraction.of("de", "lieferungNachDerBestellung"), "SAP", "receives", "H200");
        assertEquals("1500", f.quantity().value().toPlainString());
        assertEquals("2026-07", f.date().toString());
    }

    @Test
    void anOrderReceivedIsNoDelivery() {
        absent(Extraction.of("en", "anOrderReceivedIsNoDelivery"), "Orvane Semiconductor", "receives", "OX-5");
    }
}
