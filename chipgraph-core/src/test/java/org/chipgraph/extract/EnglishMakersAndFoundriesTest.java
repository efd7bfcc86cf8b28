package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * English makes / fabricates / designedFor: who designs a chip, which foundry produces it, and the market it is
 * made for.
 * One behaviour per test, each on a sentence written for it (src/test/resources/extract/en).
 */
class EnglishMakersAndFoundriesTest {

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }

    @Test
    void possessiveChipGivesMakes() {
        fact(facts("possessiveChipGivesMakes"), "AMD", "makes", "MI300X");
    }

    @Test
    void foundryManufacturesChipForDesigner() {
        List<Fact> facts = facts("foundryManufacturesChipForDesigner");
        fact(facts, "TSMC", "fabricates", "MI300X");
        fact(facts, "TSMC", "fabricates", "AMD");
        absent(facts, "TSMC", "makes", "MI300X");
    }

    @Test
    void chipDesignedForAMarket() {
        fact(facts("chipDesignedForAMarket"), "B20", "designedFor", "China");
    }

    @Test
    void passiveFoundryWithAnAdverbGivesFabricates() {
        fact(facts("passiveFoundryWithAdverb"), "TSMC", "fabricates", "MI308");
    }

    @Test
    void whoseChipsAreMadeByGivesFabricatesForTheDesigner() {
        fact(facts("whoseChipsAreMadeBy"), "SMIC", "fabricates", "Biren");
    }

    @Test
    void foundryProducingAPossessedChipFabricatesTheChip() {
        List<Fact> facts = facts("foundryProducesPossessedChip");
        fact(facts, "TSMC", "fabricates", "MI308");
        fact(facts, "AMD", "makes", "MI308");
    }

    @Test
    void chipFamilyDroppedWhenModelNamed() {
        List<Fact> facts = facts("chipFamilyDroppedWhenModelNamed");
        absent(facts, "Huawei", "makes", "Ascend");
        fact(facts, "Huawei", "makes", "Ascend 910C");
    }

    @Test
    void passiveDesignedByGivesMakesAndMadeByFoundryGivesFabricates() {
        List<Fact> facts = facts("passiveDesignedByGivesMakes");
        assertTrue(fact(facts, "Intel", "makes", "Gaudi 3").confidence() >= 0.7, "stated by the text, not only by the vendor convention");
        fact(facts, "TSMC", "fabricates", "Gaudi 3");
        absent(facts, "TSMC", "makes", "Gaudi 3");
    }

    @Test
    void bracketedMarketQualifiesOnlyItsChip() {
        List<Fact> facts = facts("bracketedMarketQualifiesOnlyItsChip");
        fact(facts, "A800", "designedFor", "China");
        absent(facts, "A100", "designedFor", "China");
        absent(facts, "H100", "designedFor", "China");
        absent(facts, "H800", "designedFor", "China");
    }
}
