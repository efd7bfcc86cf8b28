package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * The supplier of a chip's memory supplies the chip's maker (issue 12, session 32; en.patterns part-supplier,
 * {@link PartSuppliers}), on articles written for it.
 */
class PartSuppliersTest {

    @Test
    void memoryThatComesFromACompanySuppliesTheChipsMaker() {
        fact(Extraction.of("en", "memorySuppliersOfAChip"), "Micron", "supplies", "Dovecote Silicon");
    }

    @Test
    void memorySuppliedByACompanySuppliesTheChipsMaker() {
        fact(Extraction.of("en", "memorySuppliersOfAChip"), "Samsung", "supplies", "Dovecote Silicon");
    }

    @Test
    void aCompanyThatProvidesTheStacksBesideADieSuppliesItsMaker() {
        fact(Extraction.of("en", "memorySuppliersOfAChip"), "SK Hynix", "supplies", "Tolland Devices");
    }

    @Test
    void theFoundryOfTheChipIsNoMemorySupplier() {
        absent(Extraction.of("en", "memorySuppliersOfAChip"), "Intel", "supplies", "Dovecote Silicon");
    }

    @Test
    void processorsSuppliedWithAChipAreNoMemory() {
        absent(Extraction.of("en", "memoryOfNoMaker"), "Intel", "supplies", "Penwick Systems");
    }

    @Test
    void memoryNotUsedSuppliesNothing() {
        List<Fact> facts = Extraction.of("en", "memoryOfNoMaker");
        for (Fact f : facts) {
            if (f.relation().localName.equals("supplies") && f.subject().label().equals("Micron")) throw new AssertionError("unexpected " + f);
        }
    }

    @Test
    void aMemoryPartIsNoChipWhoseMemoryIsSupplied() {
        absent(Extraction.of("en", "memoryOfNoMaker"), "Samsung", "supplies", "SK Hynix");
    }
}
