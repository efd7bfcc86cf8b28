package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * "den Speicher", "die Stapel": the memory parts named last, up to three sentences back, never a GPU named after them
 * (team's sentence).
 */
class GermanMemoryReferenceTest {

    private static List<Fact> facts() { return Extraction.of("de", "speicherVerweist"); }

    @Test
    void theMemoryIsTheMemoryPartNamedBefore() {
        fact(facts(), "Veltar Micro", "buys", "HBM3E");
    }

    @Test
    void theMemoryIsNoGpuNamedAfterIt() {
        absent(facts(), "Veltar Micro", "buys", "H200");
    }
}
