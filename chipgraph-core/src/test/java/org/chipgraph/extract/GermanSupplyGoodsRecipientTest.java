package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * The recipient of a German supply clause buys the chip supplied, whether the verb stands before the chip ("Im März
 * verkaufte X 1.200 Y an Z") or closes the clause ("X hat 300 Y an Z verkauft"); a chip of another clause (after a comma)
 * is not what the recipient buys (team's sentences).
 */
class GermanSupplyGoodsRecipientTest {

    private static List<Fact> facts() { return Extraction.of("de", "wareGehtAnEmpfaenger"); }

    @Test
    void theRecipientOfAnInvertedSupplyClauseBuysTheChip() {
        fact(facts(), "Calderra Cloud", "buys", "MI355X");
    }

    @Test
    void theRecipientOfASaleInThePerfectBuysTheChip() {
        fact(facts(), "Vellmor Data", "buys", "H200");
    }

    @Test
    void aChipBeforeACommaIsNotTheGoodsOfTheNextClause() {
        absent(facts(), "Osterby Data", "buys", "MI300X");
    }
}
