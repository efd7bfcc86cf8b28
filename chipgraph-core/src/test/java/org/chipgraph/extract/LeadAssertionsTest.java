package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The look-arounds after a rule's lead slot, read apart, decide its matches as the whole regex does. */
class LeadAssertionsTest {

    private static final String NOT_AGENT = "(?<!\\bby\\s[\\p{L}' -]{0,60}§C\\d{1,4}§)(?<!,\\s(?:which|who)\\s[^,;]{0,80}\\s§C\\d{1,4}§)"
            + "(?:(?!,)|(?<!,\\s(?:a|an|the)\\s[^,;]{0,80}§C\\d{1,4}§))";
    private static final String RULE = "§[CT](?<s>\\d+)§(?!\\s+Inc)" + NOT_AGENT + "(?:\\s+\\w+){0,3}?\\s+(?:buys|bought)\\s+§[H](?<o>\\d+)§";

    @Test
    void theHeadExclusionAndLookBehindsAfterTheSlotAreTheCondition() {
        LeadAssertions split = LeadAssertions.of(RULE);
        assertEquals("(?!\\s+Inc)" + NOT_AGENT, split.condition());
        assertEquals("§[CT](?<s>\\d+)§(?:\\s+\\w+){0,3}?\\s+(?:buys|bought)\\s+§[H](?<o>\\d+)§", split.rest());
    }

    @Test
    void aRuleWithoutLookAroundsAfterItsSlotOrWithACaptureInThemIsNotSplit() {
        assertNull(LeadAssertions.of("§[CT](?<s>\\d+)§\\s+bought\\s+§[H](?<o>\\d+)§"));
        assertNull(LeadAssertions.of("§[CT](?<s>\\d+)§(?=(\\s+))\\s+bought"));
        assertNull(LeadAssertions.of("§[CT](?<s>\\d+)§(?!,)?\\s+bought"));
        assertNull(LeadAssertions.of("\\bbuys\\s+§[H](?<o>\\d+)§(?!,)"));
    }

    @Test
    void aGroupWithAConsumingAlternativeEndsTheCondition() {
        LeadAssertions split = LeadAssertions.of("§[C](?<s>\\d+)§(?!x)(?:(?!,)|,)\\s+sells");
        assertEquals("(?!x)", split.condition());
        assertEquals("§[C](?<s>\\d+)§(?:(?!,)|,)\\s+sells", split.rest());
    }

    /** Each placeholder's match, as "start-end s o", or "-" for none. */
    private static List<String> matches(String text, Pattern whole, Pattern condition, Pattern rest) {
        List<String> out = new ArrayList<>();
        Matcher mw = whole.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher mc = condition.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher mr = rest.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = text.indexOf("§C"); i >= 0; i = text.indexOf("§C", i + 1)) {
            mw.region(i, text.length());
            String w = mw.lookingAt() ? mw.start() + "-" + mw.end() + " " + mw.group("s") + " " + mw.group("o") : "-";
            mc.region(text.indexOf('§', i + 1) + 1, text.length());
            mr.region(i, text.length());
            String r = mc.lookingAt() && mr.lookingAt() ? mr.start() + "-" + mr.end() + " " + mr.group("s") + " " + mr.group("o") : "-";
            out.add(w + " | " + r);
        }
        return out;
    }

    @Test
    void conditionThenRestMatchWhatTheWholeRuleMatchesWithTheSameGroups() {
        LeadAssertions split = LeadAssertions.of(RULE);
        Pattern whole = Pattern.compile(RULE, Pattern.CASE_INSENSITIVE);
        Pattern condition = Pattern.compile(split.condition(), Pattern.CASE_INSENSITIVE);
        Pattern rest = Pattern.compile(split.rest(), Pattern.CASE_INSENSITIVE);
        String[] sentences = {
            "§C0§ bought §H1§ last year.",
            "Chips made by the unit of §C0§ bought §H1§.",
            "§C0§, which sold parts to §C1§ bought §H2§.",
            "§C0§, a supplier of §C1§, quickly bought §H2§.",
            "§C0§ Inc bought §H1§, and §C2§ then BOUGHT §H3§.",
            "By §C0§ bought §H1§."};
        int matched = 0;
        for (String s : sentences) {
            for (String pair : matches(s, whole, condition, rest)) {
                String[] sides = pair.split(" \\| ");
                assertEquals(sides[0], sides[1], s);
                if (!sides[0].equals("-")) matched++;
            }
        }
        // both outcomes occur: the condition fails at some placeholders and holds at others
        assertEquals(2, matched);
    }
}
