package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import org.junit.jupiter.api.Test;

/**
 * Session 29: goods fronted with their supplier and no recipient ({@link ImplicitRecipients}): parts of a chip go to its
 * maker, systems only to a buyer; a relative clause on the goods; on articles of our own.
 */
class GermanFrontedGoodsTest {

    @Test
    void partsOfAChipGoToItsMakerPassingTheFoundrySentence() {
        fact(Extraction.of("de", "teileImVorfeld"), "Micron", "supplies", "Vandris Compute");
    }

    @Test
    void aRelativeClauseOnTheGoodsAndTwoVerbsStillNameTheSupplier() {
        fact(Extraction.of("de", "systemeImVorfeldMitRelativsatz"), "Tormed Systems", "supplies", "Lindqvist Cloud");
    }

    @Test
    void systemsDoNotGoToACompanyThatOnlyMakesChips() {
        absent(Extraction.of("de", "systemeImVorfeldNachEntwickler"), "Orbek Systems", "supplies", "Vandris Compute");
    }
}
