package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredFragmentsTest {
    private static final String RULE = "§[CT](?<s>\\d+)§(?:[^§.;]){0,40}?\\b[\\p{L}]*(?:[Ll]ieferung|[Aa]uslieferung)\\b an §[CT](?<o>\\d+)§";

    @Test
    void aCompoundsTailsAreLettersTheMatchMustHold() {
        assertArrayEquals(new String[][] {{"lieferung", "auslieferung"}}, RequiredFragments.of(RULE));
    }

    @Test
    void anOptionalOrNestedOrIrregularTailGroupRequiresNothing() {
        assertNull(RequiredFragments.of("§[CT]\\d+§ [\\p{L}]*(?:[Ll]ieferung)? an §[CT]\\d+§"));
        assertNull(RequiredFragments.of("§[CT]\\d+§ (?:bei |[\\p{L}]*(?:[Ll]ieferung) )an §[CT]\\d+§"));
        assertNull(RequiredFragments.of("§[CT]\\d+§ [\\p{L}-]*(?:[Ss]t-?up|[Ff]irma) §[CT]\\d+§"), "fewer than three letters before the rest");
        assertNull(RequiredFragments.of("§[CT]\\d+§ [\\p{L}]*(?:[Ll]ieferung) §[CT]\\d+§|§[H]\\d+§ x"), "an alternative may do without it");
    }

    @Test
    void aTailWithMoreRegexAfterItsLettersHoldsItsLeadingLetters() {
        assertArrayEquals(new String[][] {{"start", "firma"}}, RequiredFragments.of("§[CT]\\d+§ [\\p{L}-]*(?:[Ss]tart-?up|[Ff]irma) §[CT]\\d+§"));
    }

    @Test
    void aLetterAQuantifierFollowsIsNoPartOfTheTail() {
        assertArrayEquals(new String[][] {{"konzern", "werk"}}, RequiredFragments.of("[\\p{L}-]*(?:[Kk]onzerne?|[Ww]erks{0,1}) (?<name>\\p{Lu}\\p{L}+)"));
    }

    @Test
    void aSentenceWithoutAnyTailCannotMatchTheRule() {
        Pattern p = Pattern.compile(RULE, Pattern.CASE_INSENSITIVE);
        String[][] tails = RequiredFragments.of(RULE);
        for (String s : new String[] {"§C0§ meldete die ERSTAUSLIEFERUNG an §C1§", "§C0§ begann die Lieferung an §C1§", "§C0§ meldete Bestellungen an §C1§"}) {
            boolean matches = p.matcher(s).find();
            assertTrue(!matches || RequiredFragments.present(tails, s.toLowerCase(Locale.ROOT)), s);
        }
        assertFalse(RequiredFragments.present(tails, "§c0§ meldete bestellungen an §c1§"));
    }

    @Test
    void sharedTailsAnswerAsEachRulesOwnTailsDo() {
        String[][][] rules = {RequiredFragments.of(RULE), null, {{"lieferung"}, {"vertrag", "auftrag"}}, {{"auftrag"}}};
        RequiredFragments.Shared shared = new RequiredFragments.Shared(rules);
        for (String s : new String[] {"§c0§ meldete die erstauslieferung an §c1§", "die lieferung laut vertrag", "ein auftrag ohne lieferung", "nichts"}) {
            byte[] known = shared.fresh();
            for (int r : new int[] {0, 2, 3, 2, 0}) assertEquals(RequiredFragments.present(rules[r], s), shared.present(r, s, known), s + " rule " + r);
        }
    }
}
