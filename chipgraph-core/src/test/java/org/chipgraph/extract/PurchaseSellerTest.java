package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

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
