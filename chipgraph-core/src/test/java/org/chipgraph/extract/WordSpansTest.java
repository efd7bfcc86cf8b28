package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a text ({@link WordSpans}): a company named by its web domain stays one word. */
class WordSpansTest {

    private static List<String> words(String text) {
        WordSpans w = WordSpans.of(text);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < w.size(); k++) out.add(text.substring(w.start(k), w.end(k)));
        return out;
    }

    @Test
    void aNameWithItsWebDomainIsOneWord() {
        assertEquals(List.of("Vantiro.com", "raised", "prices"), words("Vantiro.com raised prices."));
    }

    @Test
    void aSentenceEndBeforeALowerCaseWordIsNoDomain() {
        assertEquals(List.of("Korlan", "said", "common", "words"), words("Korlan said.common words"));
    }

    @Test
    void aLowerCaseWordBeforeADotKeepsItsDomainApart() {
        assertEquals(List.of("visit", "example", "com", "today"), words("visit example.com today"));
    }
}
