package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeadLookBehindsTest {

    /** The head of the English gap @S: a subject is no agent of a passive before it, nor of a relative clause. */
    private static final String NOT_AGENT = "(?<!\\bby\\s[\\p{L}' -]{0,60}§C\\d{1,4}§)"
            + "(?<!,\\s(?:which|who|whose|that)\\s[^,;]{0,80}\\s§C\\d{1,4}§)(?:(?!,)|(?<!,\\s(?:a|an|the)\\s[^,;]{0,80}§C\\d{1,4}§))";
    private static final String RULE = "§[CT](?<s>\\d+)§(?!'s)" + NOT_AGENT
            + ",?\\s(?:[^\\s§]++\\s+){0,6}?(?:bought|buys|ordered)\\s(?:\\w+\\s){0,3}?§[HT](?<o>\\d+)§";

    @Test
    void theLookBehindsAfterTheLeadPlaceholderAreTakenOutAndTheLookAheadStays() {
        LeadLookBehinds split = LeadLookBehinds.of(RULE);
        assertEquals(NOT_AGENT, split.conditions());
        assertEquals("§[CT](?<s>\\d+)§(?!'s),?\\s(?:[^\\s§]++\\s+){0,6}?(?:bought|buys|ordered)\\s(?:\\w+\\s){0,3}?§[HT](?<o>\\d+)§", split.rest());
    }

    @Test
    void aRuleWithoutLookBehindsAfterItsLeadPlaceholderIsNotSplit() {
        assertNull(LeadLookBehinds.of("§[CT](?<s>\\d+)§ (?<!by )bought §[HT](?<o>\\d+)§"));
        assertNull(LeadLookBehinds.of("\\bbought (?<!by )§[HT](?<o>\\d+)§"));
        assertNull(LeadLookBehinds.of("§[CT](?<s>\\d+)§(?<!by )x|§[HT]\\d+§"));
    }

    @Test
    void lookBehindsThatCaptureOrAreOptionalStayInTheRegex() {
        assertNull(LeadLookBehinds.of("§[CT](?<s>\\d+)§(?<=(\\w) §C\\d+§)x"));
        assertNull(LeadLookBehinds.of("§[CT](?<s>\\d+)§(?:(?<!a)|(?<!b))?x"));
    }

    @Test
    void theRestWithItsLookBehindsTestedAtThePlaceholdersEndMatchesWhatTheWholeRegexMatches() {
        // matches at C0 and C12; C2 (relative clause), C4 (agent of a passive) and C7 (in an apposition) are ruled out
        // by the look-behinds, C9 by the look-ahead
        String text = "§C0§ bought §H1§, which rivals §C2§ ordered §H3§; chips sold by §C4§ bought §H5§; §C6§, a unit of §C7§, "
                + "buys the new §H8§; §C9§'s unit bought §H10§; a rival of §C11§, §C12§ ordered §H13§";
        Pattern whole = Pattern.compile(RULE, Pattern.CASE_INSENSITIVE);
        LeadLookBehinds split = LeadLookBehinds.of(RULE);
        Pattern rest = Pattern.compile(split.rest(), Pattern.CASE_INSENSITIVE);
        Pattern conditions = Pattern.compile(split.conditions(), Pattern.CASE_INSENSITIVE);
        List<String> before = new ArrayList<>(), after = new ArrayList<>();
        for (int at = text.indexOf('§'); at >= 0; at = text.indexOf('§', text.indexOf('§', at + 1) + 1)) {
            Matcher w = whole.matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(at, text.length());
            if (w.lookingAt()) before.add(w.group() + " s=" + w.group("s") + " o=" + w.group("o"));
            Matcher r = rest.matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(at, text.length());
            Matcher c = conditions.matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                    .region(text.indexOf('§', at + 1) + 1, text.length());
            if (r.lookingAt() && c.lookingAt()) after.add(r.group() + " s=" + r.group("s") + " o=" + r.group("o"));
        }
        assertEquals(List.of("§C0§ bought §H1§ s=0 o=1", "§C12§ ordered §H13§ s=12 o=13"), before);
        assertEquals(before, after);
    }
}
