package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import org.junit.jupiter.api.Test;

/**
 * A description with a place or nationality ("der Bonner Konzern", "the Taiwanese foundry") refers only to a company
 * whose country it does not contradict; when every company named before is elsewhere, it refers to none of them.
 * Sentences written for these tests (extract/de).
 */
class DescriptionCountryTest {

    @Test
    void aPlaceEveryEarlierCompanyContradictsRefersToNone() {
        absent(Extraction.of("de", "ortsadjektivWidersprichtDemFrueherenKonzern"), "Nvidia", "supplies", "Siemens");
    }

    @Test
    void aFittingOriginStillRefersToTheEarlierCompany() {
        fact(Extraction.of("de", "passendeHerkunftLoestAuf"), "Nvidia", "supplies", "Siemens");
    }
}
