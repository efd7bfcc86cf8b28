package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 39: a count of units named by the chip's common noun and no name ("4.000 Chips bestellt") is the chip the article
 * named last, as "20.000 Einheiten" since session 23; a count followed by its type or maker names that chip instead.
 */
class GermanChipCountReferenceTest {
    private static final List<Fact> DE = Extraction.of("de", "stueckzahlMitChipsVerweistAufDenChip");

    @Test
    void aCountOfChipsWithoutANameIsTheChipNamedBefore() {
        fact(DE, "Bramwell Data", "orders", "VA-7");
    }

    @Test
    void aCountOfChipsAfterANamedTypeIsThatType() {
        fact(DE, "Tolvik Systems", "buys", "H200");
        absent(DE, "Tolvik Systems", "buys", "VA-7");
    }
}
