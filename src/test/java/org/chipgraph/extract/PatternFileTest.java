package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.chipgraph.fact.InputException;
import org.chipgraph.fact.Relation;
import org.junit.jupiter.api.Test;

class PatternFileTest {

    @Test
    void ruleLineGivesRelationConfidenceOptionsAndSlots() {
        PatternFile f = PatternFile.parse("t.patterns", "define BUY = buys|bought\nrule buys 0.7 date : {Company:s} @BUY {Chip:o}\n");
        PatternFile.Rule r = f.rules.get(0);
        assertEquals(Relation.BUYS, r.relation());
        assertEquals(0.7, r.confidence());
        assertEquals(Set.of("date"), r.options());
        assertTrue(r.pattern().matcher("§C0§ bought §H1§").find());
        assertTrue(!r.pattern().matcher("§C0§ sold §H1§").find());
    }

    @Test
    void unknownRelationIsAnInputErrorNamingFileAndLine() {
        InputException e = assertThrows(InputException.class, () -> PatternFile.parse("t.patterns", "# c\nrule sells 0.5 : {Company:s} sells {Chip:o}\n"));
        assertTrue(e.getMessage().startsWith("t.patterns:2:"), e.getMessage());
    }

    @Test
    void unknownWordClassIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> PatternFile.parse("t.patterns", "rule buys 0.5 : {Company:s} @NOPE {Chip:o}\n"));
        assertTrue(e.getMessage().contains("@NOPE"), e.getMessage());
    }

    @Test
    void requiredWordsComeFromMandatoryGroupsOnly() {
        PatternFile f = PatternFile.parse("t.patterns", "rule buys 0.5 : {Company:s} \\b(?:buys|bought)\\b (?:\\b(?:many|few)\\b )?{Chip:o}\n");
        assertEquals(1, f.rules.get(0).requiredWords().size());
        assertEquals(Set.of("buys", "bought"), f.rules.get(0).requiredWords().get(0));
    }
}
