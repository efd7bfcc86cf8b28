package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * English references to chips across sentences: 'the chips', 'them', 'the accelerators', each the chip (or list of
 * chips) named last.
 * One behaviour per test, each on a sentence written for it (src/test/resources/extract/en).
 */
class EnglishChipReferencesTest {

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }

    @Test
    void partOfAQuantityOfTheAcceleratorsRefersToTheChipNamedLast() {
        fact(facts("partOfAQuantityRefersToTheChip"), "Baidu", "buys", "Ascend 910C");
    }

    @Test
    void theChipsInsideASentenceAreTheChipNamedTheSentenceBefore() {
        fact(facts("chipsNamedTheSentenceBefore"), "Microsoft", "buys", "MI300X");
    }

    @Test
    void themAfterAQuantityIsThePartOfTheChipNamedBefore() {
        Fact f = fact(facts("partOfThemAfterAQuantity"), "Baidu", "orders", "Ascend 910C");
        assertEquals("5000", f.quantity().toString());
    }

    @Test
    void aCollectiveOrderingTheChipsGivesOneFactPerCompany() {
        List<Fact> facts = facts("collectiveOrdersTheChipsBefore");
        fact(facts, "Tencent", "orders", "H20");
        fact(facts, "Alibaba", "orders", "H20");
    }

    /** Session 27: a plural reference takes a list of chips named as one, each (two chips named apart: ChipAndClauseReferencesTest). */
    @Test
    void theChipsAfterAListOfTwoChipsReferToBoth() {
        List<Fact> facts = facts("theChipsAfterAListOfTwoChipsAreBoth");
        fact(facts, "Tencent", "buys", "H20");
        fact(facts, "Tencent", "buys", "L20");
    }

    @Test
    void themAfterAVerbOfBuyingIsTheChipNamedBefore() {
        fact(facts("themAfterAVerbOfBuying"), "Baidu", "orders", "Ascend 910B");
    }
}
