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

    @Test
    void anIrregularTailGivesTheLettersItBeginsWith() {
        assertArrayEquals(new String[][] {{"start", "firma"}}, RequiredFragments.of("§[CT]\\d+§ [\\p{L}-]*(?:[Ss]tart-?up|[Ff]irma) §[CT]\\d+§"));
    }

    @Test
    void aGroupEveryMatchPassesThroughGivesTheLettersItsAlternativesBeginWith() {
        String rule = "§C(?<s>\\d+)§ (?:is |was )?(?:majority[- ])?(?:owned|controlled|Kunden?) by §C(?<o>\\d+)§";
        assertArrayEquals(new String[][] {{"owned", "controlled", "kunde"}}, RequiredFragments.of(rule));
    }

    @Test
    void aGroupWithAShortOrNonLiteralAlternativeRequiresNothing() {
        assertNull(RequiredFragments.of("§C\\d+§ (?:is|was) owned"));
        assertNull(RequiredFragments.of("§C\\d+§ (?:owned|\\w+ed) by"));
        assertNull(RequiredFragments.of("§C\\d+§ (?:(?:owned|held)|[a-z]+) by"));
    }

    @Test
    void aRegexThatIsOneGroupIsReadInsideIt() {
        assertArrayEquals(new String[][] {{"betreiber", "hersteller"}}, RequiredFragments.of("(?:[\\p{L}-]*(?:[Bb]etreiber|[Hh]ersteller)(?:s|en)?)"));
    }

    @Test
    void aSentenceWithoutTheGroupsLettersCannotMatch() {
        String rule = "§C(?<s>\\d+)§ (?:is )?(?:majority[- ])?(?:owned|controlled) by §C(?<o>\\d+)§";
        Pattern p = Pattern.compile(rule);
        String[][] groups = RequiredFragments.of(rule);
        for (String s : new String[] {"§C0§ is majority-owned by §C1§", "§C0§ is Controlled by §C1§", "§C0§ is run by §C1§"}) {
            boolean matches = p.matcher(s).find();
            assertTrue(!matches || RequiredFragments.present(groups, s.toLowerCase(Locale.ROOT)), s);
        }
        assertFalse(RequiredFragments.present(groups, "§c0§ is run by §c1§"));
    }
}
