package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 35: companies named as members of a class of a chip's buyers buy it ("for buyers such as Y", "counts Y among the
 * buyers of its Z", "an kleinere Kunden, darunter Y"); extract/en/membersOfABuyerClass.txt, extract/de/kundenDarunter.txt.
 */
class BuyerClassMembersTest {

    private static List<Fact> english() { return Extraction.of("en", "membersOfABuyerClass"); }

    @Test
    void everyMemberAfterBuyersSuchAsBuysTheChipMadeForThem() {
        fact(english(), "Ostrow Cloud", "buys", "L20");
        fact(english(), "Quist", "buys", "L20");
    }

    @Test
    void companiesCountedAmongTheBuyersOfAChipBuyIt() {
        fact(english(), "Osgood Labs", "buys", "MI300X");
    }

    @Test
    void customersOfSomethingOtherThanAChipBuyNoChip() {
        if (english().stream().anyMatch(f -> f.subject().label().equals("Amsel Grid") && f.relation().localName.equals("buys")))
            throw new AssertionError("Amsel Grid buys nothing named");
    }

    @Test
    void germanMemberAfterACustomerClassAndDarunterBuysTheChipDelivered() {
        fact(Extraction.of("de", "kundenDarunter"), "Ottweiler Technik", "buys", "H100");
    }
}
