package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * An order told after the seller won it (session 34, {@link OrderWinners}): the company that won an order or a customer
 * supplies the buyer of the next purchase that names no seller. One behaviour per test, on articles written for it
 * (extract/de/gewonnenerAuftrag.txt, extract/en/orderWonThenOrdered.txt; names invented).
 */
class OrderWinnersTest {

    private static List<Fact> german() { return Extraction.of("de", "gewonnenerAuftrag"); }

    private static List<Fact> english() { return Extraction.of("en", "orderWonThenOrdered"); }

    @Test
    void theWinnerOfAGermanOrderSuppliesTheBuyerToldNext() {
        fact(german(), "Fennbrook Silicon", "supplies", "Norrsken Data");
    }

    @Test
    void theWinnerOfAnEnglishOrderSuppliesTheBuyerToldNext() {
        fact(english(), "Marlow Devices", "supplies", "Cobalt Ridge Cloud");
    }

    @Test
    void aPurchaseWithItsOwnSellerIsNotTheWonOrder() {
        absent(german(), "Halden Foundry", "supplies", "Ostwind Cloud");
        absent(english(), "Trevane Labs", "supplies", "Ardent Cloud");
    }
}
