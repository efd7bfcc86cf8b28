package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * What a licence requirement or a measure applies to (issue 12, session 35, branch issue-12-s35-controls): a chip a
 * licence is required for, or that a measure caught or covers, is restricted by it; a licence for anything else restricts
 * nothing. On articles written for it.
 */
class LicenceTargetsTest {

    @Test
    void aChipALicenceIsRequiredForIsRestricted() {
        fact(Extraction.of("en", "licenceRequiredForANamedChip"), "US export controls 2025-04", "restricts", "H20");
    }

    @Test
    void aChipAMeasureCoversIsRestricted() {
        fact(Extraction.of("en", "licenceRequiredForANamedChip"), "US export controls 2023-10", "restricts", "A800");
    }

    @Test
    void aCountryRequiringLicencesIssuesItsMeasure() {
        List<Fact> facts = Extraction.of("en", "licenceRequiredForANamedChip");
        if (facts.stream().noneMatch(f -> f.relation().localName.equals("issues") && f.subject().label().equals("Japan")))
            throw new AssertionError("no issues fact of Japan in " + Extraction.dump(facts));
    }

    @Test
    void aLicenceForAPlantRestrictsNothing() {
        for (Fact f : Extraction.of("en", "licenceForAPlantRestrictsNothing"))
            if (f.relation().localName.equals("restricts") || f.relation().localName.equals("issues")) throw new AssertionError("unexpected " + f);
    }

    @Test
    void einChipFuerDenEineLizenzpflichtGiltIstBeschraenkt() {
        fact(Extraction.of("de", "lizenzpflichtFuerEinenChip"), "US export controls 2025-04", "restricts", "H20");
    }

    @Test
    void eineGenehmigungspflichtFuerEinenBauBeschraenktNichts() {
        for (Fact f : Extraction.of("de", "lizenzpflichtFuerEinenChip"))
            if (f.relation().localName.equals("restricts") && !f.object().label().equals("H20")) throw new AssertionError("unexpected " + f);
    }
}
