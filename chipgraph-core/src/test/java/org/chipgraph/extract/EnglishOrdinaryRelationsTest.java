package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * English relations in ordinary sentences (session 29): the rules themselves are specified by the session-29 rows of
 * {@code rule-examples/en.tsv}; here, what must not come out.
 */
class EnglishOrdinaryRelationsTest {

    @Test
    void aWordOfTheOrderClassRightAfterSaidIsANounNotTheVerb() {
        List<Fact> facts = Extraction.of("en", "saidOrdersFromIsANoun");
        absent(facts, "Marvell", "supplies", "Amkor");
        fact(facts, "Amkor", "supplies", "Marvell");
    }

    @Test
    void aChipBuiltIntoAProductOrAProductBuiltAroundAChipIsUsedNotMade() {
        List<Fact> facts = Extraction.of("en", "productBuiltAroundAChip");
        fact(facts, "Supermicro", "buys", "MI355X");
        fact(facts, "HP", "buys", "MI300X");
        absent(facts, "Supermicro", "makes", "MI355X");
        absent(facts, "HP", "makes", "MI300X");
    }
}
