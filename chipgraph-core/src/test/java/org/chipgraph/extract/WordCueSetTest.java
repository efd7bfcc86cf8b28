package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordCueSetTest {

    private static final List<WordCue> CUES = List.of(
            WordCue.of("Washington|the Commerce Department|BIS"),
            WordCue.of("Beijing|China's commerce ministry|MOFCOM"),
            WordCue.at(Pattern.compile("(?<![\\p{L}\\p{N}])(?:Tokyo|METI|Japan's trade ministry)"), WordCue.wordPrefixes("Tokyo|METI|Japan's trade ministry")),
            // no prefixes: tried at every position, as on its own
            WordCue.of("[\\p{L}-]*ministerium"),
            WordCue.of("Österreichs Regierung|Wien"));

    private static List<String> alone(WordCue cue, WordSpans words) {
        List<String> out = new ArrayList<>();
        for (Matcher m = cue.first(words); m != null; m = cue.next(m, words) ? m : null) out.add(m.start() + "-" + m.end());
        return out;
    }

    private static List<String> together(WordCueSet set, WordSpans words, int k) {
        List<String> out = new ArrayList<>();
        for (int[] h : set.find(words).get(k)) out.add(h[0] + "-" + h[1]);
        return out;
    }

    @Test
    void eachCuesHitsInOnePassAreTheHitsItFindsAlone() {
        WordCueSet set = new WordCueSet(CUES);
        for (String s : List.of("Washington and Beijing traded blows: BIS added firms, MOFCOM answered, and Tokyo's METI watched Washington.",
                "Das Wirtschaftsministerium in Wien und Österreichs Regierung schweigen; the Commerce Department did not, nor did xBIS or BISx.",
                "China's commerce ministry and Japan's trade ministry, then Beijing, Beijing and Tokyo.", "")) {
            WordSpans words = WordSpans.of(s);
            for (int k = 0; k < CUES.size(); k++) assertEquals(alone(CUES.get(k), words), together(set, words, k), s + " cue " + k);
        }
    }

    @Test
    void aCueFindsEveryOneOfItsWordsInTheSentence() {
        WordSpans words = WordSpans.of("Washington and Beijing traded blows: BIS added firms, MOFCOM answered, and Tokyo's METI watched Washington.");
        List<List<int[]>> found = new WordCueSet(CUES).find(words);
        assertEquals(List.of(3, 2, 2, 0, 0), found.stream().map(List::size).toList());
    }
}
