package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Relation;
import org.junit.jupiter.api.Test;

/** Session 29: a chip family named after the one model of it the article names is that model, on articles of our own. */
class ChipFamilyAsModelTest {

    @Test
    void theFamilyAfterItsOneModelIsThatModel() {
        List<Fact> facts = Extraction.of("de", "familieNachEinemModell");
        fact(facts, "Tencent", "buys", "Ascend 910C");
        fact(facts, "Baidu", "buys", "Ascend 910C");
    }

    @Test
    void theFamilyAfterTwoModelsNamesNeither() {
        List<Fact> facts = Extraction.of("de", "familieNachZweiModellen");
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().equals("Tencent") && f.relation() == Relation.BUYS), dump(facts));
    }
}
