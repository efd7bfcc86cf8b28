package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.chipgraph.error.InputError;
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
        InputError e = assertThrows(InputError.class, () -> PatternFile.parse("t.patterns", "# c\nrule sells 0.5 : {Company:s} sells {Chip:o}\n"));
        assertTrue(e.getMessage().startsWith("t.patterns:2:"), e.getMessage());
    }

    @Test
    void unknownWordClassIsAnInputError() {
        InputError e = assertThrows(InputError.class, () -> PatternFile.parse("t.patterns", "rule buys 0.5 : {Company:s} @NOPE {Chip:o}\n"));
        assertTrue(e.getMessage().contains("@NOPE"), e.getMessage());
    }

    @Test
    void requiredWordsComeFromMandatoryGroupsOnly() {
        PatternFile f = PatternFile.parse("t.patterns", "rule buys 0.5 : {Company:s} \\b(?:buys|bought)\\b (?:\\b(?:many|few)\\b )?{Chip:o}\n");
        assertEquals(1, f.rules.get(0).requiredWords().size());
        assertEquals(Set.of("buys", "bought"), f.rules.get(0).requiredWords().get(0));
    }

    @Test
    void wordsInsideANegativeLookAroundAreNeverRequired() {
        PatternFile f = PatternFile.parse("t.patterns", "rule subsidiaryOf 0.5 : {Company:s} \\b(?:acquired|bought)\\b(?! (?:a )?(?:stake|share)) {Company:o}\n");
        assertEquals(List.of(Set.of("acquired", "bought")), f.rules.get(0).requiredWords());
    }

    @Test
    void aRuleIsTriedWhereItsFirstSlotOrFirstWordCanBegin() {
        PatternFile f = PatternFile.parse("t.patterns", "define ISSUE = imposed|issued\n"
                + "rule issues 0.8 : \\b@ISSUE\\b ~{ExportControl:o}\n"
                + "rule buys 0.7 : {Company:s} \\bbought\\b (?:\\w+ )?{Chip:o}\n"
                + "rule buys 0.7 : (?:they|we) bought {Chip:o}\n");
        PatternFile.Rule issues = f.rules.get(0), slot = f.rules.get(1), bare = f.rules.get(2);
        assertEquals(java.util.List.of("XVL"), issues.laterKinds());
        assertEquals("CT", slot.leadKinds(), "a tentative name (T) may stand in a company slot");
        assertEquals(java.util.List.of("HT"), slot.laterKinds());
        assertTrue(issues.wordStart() != null && issues.leadKinds() == null);
        assertTrue(slot.wordStart() == null);
        assertTrue(bare.wordStart() == null, "no \\b: it may begin inside a word");
        String text = "It imposed the §X0§ and then issued §X1§";
        java.util.regex.Matcher m = issues.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        assertTrue(issues.wordStart().findFrom(m, WordSpans.of(text), 0));
        assertEquals(3, m.start());
        assertTrue(issues.wordStart().findFrom(m, WordSpans.of(text), m.start() + 1));
        assertEquals(text.indexOf("issued"), m.start());
    }
    @Test
    void aRuleOpeningWithNegativeLookBehindsIsTriedAtItsFirstSlot() {
        PatternFile f = PatternFile.parse("t.patterns", "rule headquarteredIn 0.7 : (?<!\\bunits? )(?<!'s ){Company:s} of {Country:o}\n"
                + "rule headquarteredIn 0.7 : (?<=\\bnow ){Company:s} of {Country:o}\n"
                + "rule restricts 0.7 : (?<!\\bvon ){Chip|Company:o} falls under {ExportControl:s}\n");
        PatternFile.Rule behind = f.rules.get(0), positive = f.rules.get(1), either = f.rules.get(2);
        assertEquals("HTCT", either.leadKinds());
        assertEquals(List.of("XVL"), either.laterKinds(), "a slot of two types is no alternation of the rule");
        assertEquals("CT", behind.leadKinds());
        assertEquals(List.of("N"), behind.laterKinds(), "the slot it begins with is not one it must match later");
        assertEquals(null, positive.leadKinds(), "a positive look-behind may hold required words before the match");
        // tried at the placeholder with transparent bounds, as the rule matcher does, the look-behinds still see before it
        String text = "two units §C0§ of §N1§ and Melvar said §C2§ of §N3§";
        java.util.regex.Matcher m = behind.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        assertTrue(!m.region(text.indexOf("§C0§"), text.length()).lookingAt());
        assertTrue(m.region(text.indexOf("§C2§"), text.length()).lookingAt());
    }
}
