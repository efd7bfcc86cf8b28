package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlternationGuardsTest {
    private static List<String> matches(String regex, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) out.add(m.start() + ":" + m.group() + (m.groupCount() > 0 ? "/" + m.group(1) : ""));
        return out;
    }

    @Test
    void aGroupOfWordsGetsALookAheadOfTheirFirstLetters() {
        assertEquals("§C1§ \\b(?=[oh])(?:owns|owned|holds)", AlternationGuards.of("§C1§ \\b(?:owns|owned|holds)"));
        assertEquals("(?=[sbB])(s|b|By)x", AlternationGuards.of("(s|b|By)x"), "a capturing group too; letters as spelt");
    }

    @Test
    void groupsThatMayMatchNothingOrHaveFewAlternativesOrNoLetterFirstAreLeftAlone() {
        for (String r : List.of("(?:owns|owned|holds)?x", "(?:owns|owned|holds)*x", "(?:owns|owned|holds){0,2}x",
                "(?:owns|owned)", "(?:owns|§H\\d+§|holds)", "(?:s?he|it|they)", "(?:über|an|bei)", "(?i:owns|owned|holds)",
                "(?:owns||holds)", "(?<=\\b(?:of|from|with)\\s)§C1§", "[\\p{L}-]*(?:Lieferung|Auslieferung|Lieferungen)",
                "[(?:a|b|c)]")) {
            assertEquals(r, AlternationGuards.of(r), r);
        }
    }

    @Test
    void nestedGroupsAreGuardedEachAndEscapesAreNoGroups() {
        assertEquals("(?=[tw])(?:the (?=[abc])(?:a|b|c)|with|was)", AlternationGuards.of("(?:the (?:a|b|c)|with|was)"));
        assertEquals("\\((?=[abc])(?:a|b|c)\\)", AlternationGuards.of("\\((?:a|b|c)\\)"));
    }

    @Test
    void theGuardedRegexFindsWhatTheRegexFinds() {
        String text = "Orvane owns and OWNED stakes; it holds, held or Holds nothing, says who? Vendors: Helm, Owen, howl.";
        for (String r : List.of("\\b(?:owns|owned|holds|held)\\b", "(\\w+) (?:owns|owned|holds|held|or) ",
                "(?:(?:h|o)\\w+|says|who)[,?]", "\\b(?:(?!(?:said|says|told)\\s)[^\\s§]++\\s+){0,3}?(?:holds|held|nothing)\\b")) {
            assertEquals(matches(r, text), matches(AlternationGuards.of(r), text), r);
        }
    }
}
