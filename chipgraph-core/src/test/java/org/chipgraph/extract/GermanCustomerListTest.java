package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Customers named at the head of a sentence with no owner, past an attribution ("Zu den ersten Mietern zählen nach
 * Angaben des Unternehmens A und B"): the company the sentence before is about supplies them (team's sentence).
 */
class GermanCustomerListTest {

    private static List<Fact> facts() { return Extraction.of("de", "kundenMitQuellenangabe"); }

    @Test
    void anAttributionAfterTheVerbDoesNotHideTheFirstCustomer() {
        fact(facts(), "Torvald Compute", "supplies", "Porsche");
    }

    @Test
    void anAttributionAfterTheVerbDoesNotHideALaterCustomer() {
        fact(facts(), "Torvald Compute", "supplies", "Allianz");
    }
}
