package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.find;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Who sold what a company bought: the seller the sentence names ("from", "through", "via"), not the maker of the
 * chips. The guide's supplies needs selling, shipping or a customer relation in the text; buying a maker's chips from
 * a distributor states none between the maker and the buyer. Sentences written for these tests (extract/en).
 */
class PurchaseSellerTest {

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }

    private static void absent(List<Fact> facts, String s, String r, String o) {
        assertTrue(find(facts, s, r, o).isEmpty(), () -> "unexpected " + s + " " + r + " " + o + " in" + dump(facts));
    }

    @Test
    void aDistributorNamedWithThroughIsTheSupplier() {
        List<Fact> facts = facts("purchaseThroughADistributor");
        fact(facts, "Maroq Trading", "supplies", "Xenlo");
        fact(facts, "Xenlo", "buys", "H100");
    }

    @Test
    void theMakerOfChipsBoughtFromADistributorIsNoSupplier() {
        absent(facts("purchaseThroughADistributor"), "Nvidia", "supplies", "Xenlo");
    }

    @Test
    void aNumberOfUnitsAcquiredIsNoAcquisitionOfTheirMaker() {
        List<Fact> facts = facts("purchasedUnitsAreNoAcquisition");
        absent(facts, "Nvidia", "subsidiaryOf", "Delcar Systems");
        fact(facts, "Delcar Systems", "buys", "A100");
    }

    @Test
    void chipsBoughtFromAServerMakerAreNotSuppliedByTheirDesigner() {
        absent(facts("chipsBoughtFromAServerMaker"), "AMD", "supplies", "Hanvo Cloud");
    }
}
