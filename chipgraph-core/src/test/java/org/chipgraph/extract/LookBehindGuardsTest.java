package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LookBehindGuardsTest {

    @Test
    void aLookBehindBeforeALiteralCharacterIsGuardedByThatCharacter() {
        assertEquals("(?:\\w+|(?=§)(?<=\\b(?:of|by)\\s)§C\\d+§)", LookBehindGuards.of("(?:\\w+|(?<=\\b(?:of|by)\\s)§C\\d+§)"));
    }

    @Test
    void aLookBehindBeforeAnOptionalCharacterALetterOrAClassStaysAsItIs() {
        for (String re : List.of("(?<=\\d)§?x", "(?<=\\d)a", "(?<=\\d)[.,]", "[(?<=]§", "\\(?<=\\d)§", "(?<!\\d)§")) {
            assertEquals(re, LookBehindGuards.of(re), re);
        }
    }

    @Test
    void theGuardedRegexMatchesWhatThePlainOneMatches() {
        String plain = "§C(?<s>\\d+)§ (?:(?:[^\\s§]++|(?<=\\b(?:of|from|by)\\s)§C\\d+§|§N\\d+§)*\\s+){0,14}?(?:bought|buys)\\b";
        String text = "§C0§ , a unit of §C1§ bought chips; §C2§ said by §C3§ that §N4§ buys §C5§ from §C6§ buys";
        assertEquals(matches(Pattern.compile(plain, Pattern.CASE_INSENSITIVE), text),
                matches(Pattern.compile(LookBehindGuards.of(plain), Pattern.CASE_INSENSITIVE), text));
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        for (int from = 0; from <= text.length() && m.find(from); from = m.start() + 1) out.add(m.start() + ":" + m.group());
        return out;
    }
}
