package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * The vendor convention's confidence follows the text (session 38, {@link VendorMakers}): a vendor named beside its chip
 * makes it as surely as the convention says, a vendor named only sentences away from it less surely. Sentences written for
 * it (src/test/resources/extract/en).
 */
class VendorMakersTest {

    @Test
    void aVendorNamedOnlyApartFromItsChipMakesItBelowHalfConfidence() {
        Fact f = fact(Extraction.of("en", "vendorNamedApartFromItsChip"), "Nvidia", "makes", "H200");
        assertTrue(f.confidence() < 0.5, () -> "confidence " + f.confidence());
    }

    @Test
    void aVendorNamedBesideItsChipMakesItWithTheConventionsConfidence() {
        Fact f = fact(Extraction.of("en", "vendorNamedBesideItsChip"), "Nvidia", "makes", "H200");
        assertTrue(f.confidence() >= VendorMakers.NAMED_TOGETHER, () -> "confidence " + f.confidence());
    }
}
