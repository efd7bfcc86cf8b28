package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 30: "Y has landed an order for 12,000 of its Z chips from W": "its" after a won order is the winner's, so the
 * "chips from W" rule gives no W supplies Y; a plain purchase "from" a seller still gives the seller.
 */
class WonOrderTest {

    @Test
    void theBuyerAnOrderWasWonFromSuppliesNothingToTheWinner() {
        List<Fact> facts = Extraction.of("en", "wonOrderForItsChips");
        absent(facts, "Orlavo Cloud", "supplies", "Harwick Silicon");
        fact(facts, "Marvell Technology", "supplies", "Orlavo Cloud");
    }
}
