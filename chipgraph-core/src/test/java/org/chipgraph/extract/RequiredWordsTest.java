package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredWordsTest {

    private static List<Set<String>> of(String patterns) {
        return PatternFile.parse("t.patterns", patterns).rules.get(0).requiredWords();
    }

    @Test
    void aWordClassDrawnFromAnotherIsRequiredAsOneGroup() {
        List<Set<String>> words = of("define VERB_BUY = buys|bought\ndefine BUY_FROM = @VERB_BUY|acquired|took delivery of\n"
                + "rule buys 0.7 : {Company:s} \\b@BUY_FROM\\b (?:the )?{Chip:o}\n");
        assertEquals(List.of(Set.of("buys", "bought", "acquired", "took")), words);
    }

    @Test
    void anAlternativeWhoseFirstWordOpensAGroupCountsByThatWord() {
        assertEquals(List.of(Set.of("completed", "took")),
                of("define ACQ = (?:completed (?:the |its )?(?:purchase|takeover) of|took over)\n"
                        + "rule subsidiaryOf 0.7 : {Company:o} \\b(?:@ACQ) {Company:s}\n"));
    }

    @Test
    void aWordASuffixMayContinueIsNotRequired() {
        // "suppliers to" matches: "supplier" is no whole word there
        assertEquals(List.of(), of("define NOUN = (?:supplier|vendor)|source\nrule supplies 0.7 : {Company:s} is a \\b(?:@NOUN)s? to {Company:o}\n"));
    }

    @Test
    void aPlainGroupASuffixMayContinueIsNotRequired() {
        // the same without a word class: "suppliers to" must still be tried
        assertEquals(List.of(), of("rule supplies 0.7 : {Company:s} is a \\b(?:supplier|vendor)s? to {Company:o}\n"));
    }

    @Test
    void aGroupAMatchMayEnterInsideAWordIsNotRequired() {
        assertEquals(List.of(), of("define V = (?:buys|bought)|got\nrule buys 0.7 : {Company:s} (?:\\w*)(?:@V)\\b {Chip:o}\n"));
    }

    @Test
    void aGroupAfterAnOptionalWordEndingInASpaceIsRequired() {
        assertEquals(List.of(Set.of("buys", "bought", "got")),
                of("define V = (?:buys|bought)|got\nrule buys 0.7 : {Company:s} (?:[\\w-]+ ){0,3}?(?:the )?(?:@V)\\b {Chip:o}\n"));
    }

    @Test
    void aWordBeginsAfterASpaceABoundaryOrAnOptionalGroupEndingInOne() {
        assertTrue(RequiredWords.wordStartsAt("a (?:x)", 2));
        assertTrue(RequiredWords.wordStartsAt("a\\b(?:x)", 3));
        assertTrue(RequiredWords.wordStartsAt("a\\s+(?:x)", 4));
        assertTrue(RequiredWords.wordStartsAt("(?:\\w+\\s+){1,3}(?:x)", 15));
        assertFalse(RequiredWords.wordStartsAt("a(?:the )?(?:x)", 10), "the optional group may be absent after 'a'");
        assertFalse(RequiredWords.wordStartsAt("a (?:the|a )?(?:x)", 13), "'the' ends with no space");
        assertFalse(RequiredWords.wordStartsAt("a\\\\b(?:x)", 4), "an escaped backslash and a b");
    }

    @Test
    void aWordEndsAfterALookAheadOrAnOptionalGroupThatBeginsWithOne() {
        assertTrue(RequiredWords.wordEndsAfter("(?: and (?:tests|tested))?\\b x", 0));
        assertTrue(RequiredWords.wordEndsAfter("(?! out\\b) x", 0));
        assertFalse(RequiredWords.wordEndsAfter("(?:s|es)?\\b", 0), "a suffix may continue the word");
        assertFalse(RequiredWords.wordEndsAfter("(?: and)?s", 0), "when the group is absent the word goes on");
        assertEquals(List.of(Set.of("packages", "packaged")),
                of("define PACK = (?:packages|packaged)\nrule fabricates 0.7 : {Company:s} \\b(?:@PACK)(?: and (?:tests|tested))?\\b(?!'s) {Company:o}\n"));
    }
}
