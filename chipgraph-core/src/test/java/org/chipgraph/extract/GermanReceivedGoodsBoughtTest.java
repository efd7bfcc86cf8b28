package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 32: goods received from a seller named after "von" are bought (annotation guide: receives, buys, supplies), on
 * sentences the team wrote (extract/de/erhalteneWareIstGekauft.txt); the rows of rule-examples/de.tsv test each rule.
 */
class GermanReceivedGoodsBoughtTest {

    private static List<Fact> facts() { return Extraction.of("de", "erhalteneWareIstGekauft"); }

    @Test
    void goodsReceivedFromASellerInThePerfectAreBought() {
        fact(facts(), "Brisk Cloud", "buys", "MI300X");
    }

    @Test
    void goodsReceivedAfterAFrontedTimeAreBoughtByTheSubjectAfterTheAuxiliary() {
        fact(facts(), "Velmar Data", "buys", "H200");
    }

    @Test
    void goodsReceivedInThePresentAreBought() {
        fact(facts(), "Quarnet AI", "buys", "H100");
    }

    @Test
    void aLicenceReceivedBuysNoChip() {
        absent(facts(), "Varlo Micro", "buys", "H20");
    }

    @Test
    void goodsReceivedWithNoSellerAreNotCalledBought() {
        absent(facts(), "Ferrox Cloud", "buys", "B200");
    }
}
