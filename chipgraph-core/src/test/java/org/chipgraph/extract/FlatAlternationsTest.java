package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FlatAlternationsTest {

    @Test
    void aNestedWordClassIsWrittenInline() {
        assertEquals("§C0§ \\b(?:buys|bought|acquired)\\b", FlatAlternations.of("§C0§ \\b(?:(?:buys|bought)|acquired)\\b"));
        assertEquals("x(?:a|b) y", FlatAlternations.of("x(?:(?:(?:a|b))) y"));
    }

    @Test
    void quantifiedCapturingAndTopLevelGroupsStay() {
        for (String re : List.of("x(?:(?:a|b)?|c)", "x(?:(a|b)|c)", "(?:a|b)", "x(?:(?:a|b)c|d)", "x(?:[(?:]|(?:a))+")) {
            assertEquals(re.equals("x(?:[(?:]|(?:a))+") ? "x(?:[(?:]|a)+" : re, FlatAlternations.of(re), re);
        }
    }

    @Test
    void theFlatFormMatchesWhatTheNestedOneMatchesInTheSameOrder() {
        // words that are prefixes of each other: the alternation's order decides which one matches
        String nested = "\\b(?:(?:ship|ships|shipped)|(?:shipment|ship out)|s)(?<rest> \\w+)?";
        String flat = FlatAlternations.of(nested);
        assertEquals("\\b(?:ship|ships|shipped|shipment|ship out|s)(?<rest> \\w+)?", flat);
        String text = "ships shipped ship out shipment s shipments to ship them; Ship Out";
        assertEquals(matches(Pattern.compile(nested, Pattern.CASE_INSENSITIVE), text),
                matches(Pattern.compile(flat, Pattern.CASE_INSENSITIVE), text));
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        for (int from = 0; from <= text.length() && m.find(from); from = m.start() + 1) out.add(m.start() + ":" + m.group() + ":" + m.group("rest"));
        return out;
    }
}
