package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Chips nobody registered, found by the words around them (issue 12, item 2, session 26; {@link ChipNameCues}): a
 * relative possessive ("whose"), what a chip is for or when it comes ("next", "edge", "inference") before the chip
 * noun, a family and a model number after a possessive or a chip noun, and (German) the owner named after the chips.
 * Each on sentences written for it (extract/en, extract/de; all names invented).
 */
class ChipNameCuesTest {

    @Test
    void aNameAfterWhoseBeforeChipsIsTheChip() {
        List<Fact> facts = Extraction.of("en", "chipNamesAfterModifiersAndWhose");
        fact(facts, "Samsung", "fabricates", "Korrin");
        fact(facts, "Mervani", "makes", "Halcyon 7");
    }

    @Test
    void aPurposeOrTimeWordMayStandBetweenTheNameAndTheChipNoun() {
        List<Fact> facts = Extraction.of("en", "chipNamesAfterModifiersAndWhose");
        fact(facts, "Lumaro", "makes", "Velor-Core");
        fact(facts, "Tavrik", "makes", "QL-4");
    }

    @Test
    void aFamilyAndModelNumberAfterAPossessiveIsAChip() {
        List<Fact> facts = Extraction.of("en", "familyNumberAfterPossessive");
        fact(facts, "TSMC", "fabricates", "Orisca 7700");
        fact(facts, "Tarsell", "makes", "Orisca 7700");
    }

    @Test
    void aFamilyAndNumberBeforeAProductNounOrAYearIsNoChip() {
        List<Fact> facts = Extraction.of("en", "familyNumberAfterPossessive");
        noneNamed(facts, "Galaxo 5500", "March 2027");
    }

    @Test
    void germanFamilyAndNumberAfterAPossessiveOrAChipNounIsAChip() {
        List<Fact> facts = Extraction.of("de", "familyNumberAfterChipNoun");
        fact(facts, "TSMC", "fabricates", "Orisca 7700");
        fact(facts, "Merano", "buys", "Tarno 7");
        noneNamed(facts, "Anfang 2027", "Anfang");
    }

    @Test
    void germanChipCompoundWithItsOwnerAfterItNamesTheChip() {
        List<Fact> facts = Extraction.of("de", "chipFamilyOwnerAfter");
        fact(facts, "GlobalFoundries", "fabricates", "Kelda");
    }

    @Test
    void germanChipCompoundWithoutAnOwnerAfterItIsNoChip() {
        List<Fact> facts = Extraction.of("de", "chipFamilyOwnerAfter");
        noneNamed(facts, "Orvanta");
    }
}
