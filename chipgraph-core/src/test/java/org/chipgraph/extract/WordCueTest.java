package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class WordCueTest {
    private static final String NEGATION = "not(?! only)|n't|never|no longer|denied|dementiert\\w*|Exportverbote?";

    private static List<String> viaCue(WordCue cue, String text) {
        List<String> out = new ArrayList<>();
        WordSpans words = WordSpans.of(text);
        for (Matcher m = cue.first(words); m != null; m = cue.next(m, words) ? m : null) out.add(m.start() + ":" + m.group());
        return out;
    }

    private static List<String> viaFind(WordCue cue, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = cue.pattern.matcher(text);
        while (m.find()) out.add(m.start() + ":" + m.group());
        return out;
    }

    @Test
    void findsTheSameMatchesAsAPlainRegexSearch() {
        WordCue cue = WordCue.of(NEGATION);
        for (String text : List.of("Acme did not ship, and never will; it has NOT only denied it.",
                "Notably the notice was not denied", "It didn't and n't alone; dementierte Exportverbot Exportverbote",
                "nothing here", "", "not")) {
            assertEquals(viaFind(cue, text), viaCue(cue, text), text);
        }
    }

    @Test
    void aCueInsideAWordIsNoMatch() {
        WordCue cue = WordCue.of(NEGATION);
        assertFalse(cue.in("Notably, the knot was tied"));
        assertTrue(cue.in("It was NOT shipped"));
    }

    @Test
    void alternativesWithoutLiteralLettersAtTheStartAreSearchedEverywhere() {
        assertNull(WordCue.prefixes("but|;|while"));
        assertNull(WordCue.prefixes("(?:\\w+) said|Insider"));
        assertNull(WordCue.prefixes("(?:the )?people said"));
        WordCue cue = WordCue.of("but|;|while");
        assertEquals(viaFind(cue, "a; b but c;while"), viaCue(cue, "a; b but c;while"));
    }

    @Test
    void anAlternativeThatBeginsWithAGroupBeginsWithTheGroupsPrefixes() {
        assertArrayEquals(new String[] {"vertraute", "informierte", "insider"}, WordCue.prefixes("(?:vertraute|informierte) Personen|Insider\\w*"));
        WordCue cue = WordCue.of("(?:two|three) of the people said|sources said");
        String text = "Two of the people said so; sources said more; three of the people said.";
        assertEquals(viaFind(cue, text), viaCue(cue, text));
        assertEquals(3, viaCue(cue, text).size());
    }

    @Test
    void aLeadingClassOfLettersGivesEachLetterAsAPrefix() {
        assertArrayEquals(new String[] {"a", "b", "h", "mi"}, WordCue.prefixes("[ABH]\\d{2,3}|MI\\d{3}"));
        assertEquals(26, WordCue.prefixes("[A-Z]").length);
        assertNull(WordCue.prefixes("[^A-Z]x"));
    }

    @Test
    void aPatternTriedAtWordStartsFindsWhatItsFullSearchFinds() {
        var p = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}-])(?:MI\\d{3}|[ABH]\\d{2,3}[A-Z]?)(?![\\p{L}\\p{N}])");
        WordCue cue = WordCue.at(p, WordCue.prefixes("MI\\d{3}|[ABH]\\d{2,3}[A-Z]?"));
        String text = "H20, H100 and MI300 beat XH20, A-H800 and the B200 (AH100).";
        assertEquals(viaFind(cue, text), viaCue(cue, text));
        assertEquals(List.of("0:H20", "5:H100", "14:MI300", "46:B200"), viaCue(cue, text));
    }

    @Test
    void aLetterMadeOptionalIsNotPartOfThePrefix() {
        assertArrayEquals(new String[] {"exportverbot", "curb", "ban"}, WordCue.prefixes("Exportverbote?|curbs?|bans*"));
    }

    @Test
    void aCaseSensitivePatternIsTriedOnlyAtWordsSpeltLikeItsPrefixes() {
        assertArrayEquals(new String[] {"A", "B", "H", "MI"}, WordCue.casedPrefixes("[ABH]\\d{2,3}|MI\\d{3}"));
        var p = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}-])(?:MI\\d{3}|[ABH]\\d{2,3}[A-Z]?)(?![\\p{L}\\p{N}])");
        WordCue cue = WordCue.atCased(p, WordCue.casedPrefixes("MI\\d{3}|[ABH]\\d{2,3}[A-Z]?"));
        String text = "h20 and mi300 are not H20 or MI300, nor is Mi300; b200 is not B200.";
        assertEquals(viaFind(cue, text), viaCue(cue, text));
        assertEquals(List.of("22:H20", "29:MI300", "62:B200"), viaCue(cue, text));
    }

    @Test
    void aCaseInsensitivePatternIsRefusedAsCased() {
        var p = java.util.regex.Pattern.compile("H\\d+", java.util.regex.Pattern.CASE_INSENSITIVE);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> WordCue.atCased(p, new String[] {"H"}));
    }

    @Test
    void aWordClassAsTheReferenceFileGivesItIsACueOfItsNouns() {
        // the German possessives read only as a clause's subject: the word class as the pattern file holds it, wrapper and all
        String wordClass = ReferenceNouns.wordClasses("t.tsv", "possessive-subject-only\tone\tihr | ihre | ihren\n").get("REF_POSSESSIVE_SUBJECT_ONLY_ONE");
        WordCue cue = WordCue.of(wordClass);
        assertEquals(List.of("4:ihre", "13:ihren"), viaCue(cue, "Und ihre und ihren, nicht ihrer"));
    }
    @Test
    void anAlternativeOpeningWithAnOptionalGroupBeginsWithTheGroupOrWhatFollowsIt() {
        assertEquals(java.util.Set.of("the", "wall", "reuters"),
                new java.util.HashSet<>(List.of(WordCue.wordPrefixes("(?:the |The )?Wall Street Journal|Reuters"))));
        assertNull(WordCue.wordPrefixes("(?:the )?\\s+Journal"), "what follows the group must begin with letters too");
        assertNull(WordCue.prefixes("(?:the )?people said"), "only for an alternation after a whole-word look-behind");
        WordCue cue = WordCue.of("(?:the )?people said|sources said");
        String text = "The people said so; people said more; townspeople said less; the sources said it.";
        assertEquals(viaFind(cue, text), viaCue(cue, text));
        assertEquals(3, viaCue(cue, text).size());
    }

    @Test
    void anAlternativeOpeningWithALookAheadBeginsWithTheLookAheadsBody() {
        assertArrayEquals(new String[] {"t", "t", "a", "a", "b", "b", "b", "b"},
                WordCue.prefixes("(?<![\\p{L}])(?:[Tt]he|[Aa]ll|(?=[Bb]oth|[Bb]eide))\\s*(?:(?<n>two|[Bb]oth)\\s+)?firms"));
        assertNull(WordCue.prefixes("(?=\\s)\\s*firms"), "a look-ahead that begins with no letters gives none");
        var p = java.util.regex.Pattern.compile("(?<![\\p{L}])(?:[Tt]he|(?=[Bb]oth|[Bb]eide))\\s*(?:(?<n>two|[Bb]oth)\\s+)?firms(?![\\p{L}])");
        WordCue cue = WordCue.at(p, WordCue.prefixes(p.pattern()));
        String text = "Both firms, the two firms, both firms; not the firmsx, nor Xboth firms, nor Athe firms, nor abothfirms.";
        assertEquals(viaFind(cue, text), viaCue(cue, text));
        assertEquals(List.of("0:Both firms", "12:the two firms", "27:both firms"), viaCue(cue, text));
    }

    @Test
    void aRegexOpeningWithAWordBoundaryIsTriedAtWordStartsWithTheSameMatches() {
        var p = java.util.regex.Pattern.compile("(?i)\\b(?<v>(?:told|ordered)(?=\\s+\\w+\\s+to\\s+stop)|(?<=\\b(?:has|had)\\s)stopped)");
        WordCue cue = WordCue.atBoundary(p);
        String text = "Officials told Korvel to stop; it had stopped; untold firms to stop; Xordered them to stop; ORDERED them to stop.";
        assertEquals(viaFind(cue, text), viaCue(cue, text));
        assertEquals(List.of("10:told", "38:stopped", "92:ORDERED"), viaCue(cue, text));
    }

    @Test
    void aRegexWithAnAlternativeNotOpeningWithABoundaryIsSearchedEverywhere() {
        WordCue cue = WordCue.atBoundary(java.util.regex.Pattern.compile("\\bban|curb"));
        String text = "a ban, a scurb and a curb";
        assertEquals(viaFind(cue, text), viaCue(cue, text));
        assertEquals(List.of("2:ban", "10:curb", "21:curb"), viaCue(cue, text));
    }

    @Test
    void prefixIndexFindsAPrefixAtAPositionIgnoringCaseAsRegionMatchesDoes() {
        WordCue.PrefixIndex index = new WordCue.PrefixIndex(new String[] {"ship", "shipp", "sold", "über", "s"});
        String text = "SHIPPED, Über and Sold; xs";
        for (int i = 0; i < text.length(); i++) {
            boolean expected = false;
            for (String p : new String[] {"ship", "shipp", "sold", "über", "s"}) expected |= text.regionMatches(true, i, p, 0, p.length());
            assertEquals(expected, index.startsAt(text, i), "at " + i);
        }
    }

    @Test
    void casedPrefixIndexTellsCapitalsApart() {
        WordCue.PrefixIndex index = new WordCue.PrefixIndex(new String[] {"A", "Hb"}, false);
        assertTrue(index.startsAt("Hbm Atlas", 0));
        assertTrue(index.startsAt("Hbm Atlas", 4));
        assertFalse(index.startsAt("hbm atlas", 0));
        assertFalse(index.startsAt("HBM", 0));
    }

    @Test
    void prefixIndexFoldsEveryCharacterAsTheUnicodeCaseTablesDo() {
        WordCue.PrefixIndex index = new WordCue.PrefixIndex(new String[] {"a"});
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.toLowerCase(Character.toUpperCase(c)), index.fold(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aCueTriedAtWordsFindsItsFirstMatchAfterWordsNoPrefixAllows() {
        WordCue cue = WordCue.of("shipped|delivered");
        assertEquals(List.of("24:delivered"), viaCue(cue, "Orvik's plant in Tromso delivered chips."));
        assertNull(cue.first(WordSpans.of("Orvik's plant in Tromso made chips.")));
    }

    @Test
    void anAlternativeAnchoredAtTheTextsStartBeginsWithWhatFollowsTheAnchor() {
        assertArrayEquals(new String[] {"it", "the", "added"}, WordCue.prefixes("^(?:It|The (?:memo|ruling))(?=\\s+names\\s)|(?<=\\bwas )added"));
        var p = java.util.regex.Pattern.compile("(?:^(?:It|The (?:memo|ruling))(?=\\s+names\\s)|(?<=\\bwas )added)");
        WordCue cue = WordCue.at(p, WordCue.prefixes("^(?:It|The (?:memo|ruling))(?=\\s+names\\s)|(?<=\\bwas )added"));
        for (String text : List.of("It names Varn and Osk; Holt was added too.", "The ruling names Varn; It names none, the memo names Osk.",
                "Now It names Varn", "\"It names Varn\"", "Bit names; The memo was added")) {
            assertEquals(viaFind(cue, text), viaCue(cue, text), text);
        }
        assertEquals(List.of("0:It", "32:added"), viaCue(cue, "It names Varn and Osk; Holt was added too."));
    }

    @Test
    void aQuotedNameBeginsWithItsLettersUpToItsFirstOtherCharacter() {
        assertArrayEquals(new String[] {"ai", "chip", "npu"}, WordCue.prefixes("\\QAI-Modul\\E|\\QChip\\E|\\QNPU\\E"));
        assertNull(WordCue.prefixes("\\QChip\\E?|\\QNPU\\E"), "a quantifier after the quote may make its last letter optional");
        assertNull(WordCue.prefixes("\\Q-Modul\\E"), "a quote that opens with no letter gives none");
        WordCue cue = WordCue.of("\\QAI-Modul\\E|\\QChip\\E|\\QNPU\\E");
        String text = "Das AI-Modul und der Chip, nicht das AIModul, Chipsatz oder die NPUs; die npu aber.";
        assertEquals(viaFind(cue, text), viaCue(cue, text));
        assertEquals(List.of("4:AI-Modul", "21:Chip", "74:npu"), viaCue(cue, text));
    }

    @Test
    void aGroupThatSwitchesCaseBackOnBeginsWithItsOwnPrefixes() {
        assertArrayEquals(new String[] {"seine", "sein"}, WordCue.prefixes("seine|^(?-i:Sein)(?=\\s)"));
    }
}
