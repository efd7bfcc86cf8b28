package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import org.junit.jupiter.api.Test;

/**
 * Session 34: work on a chip fronted with the company that does it ("Das Packaging übernimmt X"), and parts of a chip
 * whose recipient no sentence before names, go to the maker of the chip named last, a memory part passed
 * ({@link ImplicitRecipients}); on articles of our own.
 */
class GermanWorkOnAChipTest {

    @Test
    void packagingGoesToTheMakerOfTheChipNamedBeforeTheMemory() {
        fact(Extraction.of("de", "packagingGehtAnDenChiphersteller"), "Tervian Assembly", "supplies", "Korvani Labs");
    }

    @Test
    void distributionIsNoWorkForTheMaker() {
        absent(Extraction.of("de", "vertriebGehtNichtAnDenChiphersteller"), "Havelton Components", "supplies", "Orlenza Semiconductor");
    }
}
