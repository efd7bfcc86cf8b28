package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Stance;
import org.junit.jupiter.api.Test;

/**
 * English stance and attribution: negated, planned, reported and denied facts.
 * One behaviour per test, each on a sentence written for it (src/test/resources/extract/en).
 */
class EnglishStanceTest {

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }

    @Test
    void negatedSupplyIsNotAFact() {
        absent(facts("negatedSupplyIsNotAFact"), "Samsung", "supplies", "Huawei");
    }

    @Test
    void spokespersonQuoteGivesDenies() {
        Fact f = fact(facts("spokespersonQuoteGivesDenies"), "Tencent", "denies", null);
        assertEquals(Stance.ASSERTED, f.stance(), "that Tencent denied is asserted");
        assertTrue(f.objectText().contains("deal"), f.objectText());
    }

    @Test
    void plannedSupplyHasPlannedStance() {
        assertEquals(Stance.PLANNED, fact(facts("plannedSupplyHasPlannedStance"), "Cambricon", "supplies", "Baidu").stance());
    }

    @Test
    void reportedOrderCarriesAttribution() {
        Fact f = fact(facts("reportedOrderCarriesAttribution"), "Meta", "orders", "MI300X");
        assertEquals(Stance.REPORTED, f.stance());
        assertTrue(f.attribution().contains("people familiar"), f.attribution());
    }
}
