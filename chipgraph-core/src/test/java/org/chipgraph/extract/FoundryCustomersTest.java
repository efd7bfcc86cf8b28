package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * A foundry that fabricates a chip fabricates for the chip's designer only when the sentence of its work names that
 * designer ({@link MakerConventions}, session 28): a designer named sentences away is co-occurrence, not the text's word.
 */
class FoundryCustomersTest {

    @Test
    void aFoundryOfAChipAloneWorksForNoDesignerNamedElsewhere() {
        List<Fact> facts = Extraction.of("en", "foundryOfAChipAloneWorksForNoNamedDesigner");
        fact(facts, "TSMC", "fabricates", "KV-9");
        absent(facts, "TSMC", "fabricates", "Korvex Systems");
    }

    @Test
    void aFoundryWorksForTheDesignerItsSentenceNames() {
        fact(Extraction.of("en", "foundryWorksForTheDesignerItsSentenceNames"), "TSMC", "fabricates", "Korvex Systems");
    }
}
