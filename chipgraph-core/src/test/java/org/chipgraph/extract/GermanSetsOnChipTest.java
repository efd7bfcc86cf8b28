package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 33: "auf einen Chip setzen" is using (buying) it also with the maker in a compound or genitive before the chip
 * ("auf Nvidia-Chips vom Typ H200", "auf AMDs MI300X") and with the verb closing a relative clause (extract/de/setztAufChips.txt).
 */
class GermanSetsOnChipTest {

    private static List<Fact> facts() { return Extraction.of("de", "setztAufChips"); }

    @Test
    void aMakerCompoundAndTypeBeforeTheChipAfterAnInvertedSubject() {
        fact(facts(), "Halvard Cloud", "buys", "H200");
    }

    @Test
    void aMakerCompoundAndTypeBeforeTheChipAfterTheSubject() {
        fact(facts(), "Lindar Cloud", "buys", "MI325X");
    }

    @Test
    void aRelativeClauseClosedBySetzen() {
        fact(facts(), "Morrow Data", "buys", "MI300X");
    }

    @Test
    void settingOnSomethingElseBuysNoChipNamedLater() {
        absent(facts(), "Trosk AI", "buys", "H100");
    }
}
