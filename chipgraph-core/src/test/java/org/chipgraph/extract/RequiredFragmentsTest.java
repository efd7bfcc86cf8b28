package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
        assertNull(RequiredFragments.of("§[CT]\\d+§ [\\p{L}-]*(?:[Ss]tart-?up|[Ff]irma) §[CT]\\d+§"));
        assertNull(RequiredFragments.of("§[CT]\\d+§ [\\p{L}]*(?:[Ll]ieferung) §[CT]\\d+§|§[H]\\d+§ x"), "an alternative may do without it");
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
}
