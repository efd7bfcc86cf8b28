package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuffixAfterSpaceTest {
    private static final String SUFFIX = "(?:Systems|Semiconductors?|Co\\.|Inc\\.|AG|GmbH)(?!-)|\\QSemi\\E|\\QFoundry\\E";

    @Test
    void answersAsTheRegexSearchDoes() {
        SuffixAfterSpace s = SuffixAfterSpace.of(SUFFIX);
        for (String text : List.of("Brakton Systems shipped wafers.", "Brakton Systemsx shipped.", "Velmor Semiconductor said so.",
                "the GmbH-Tochter of Orsk", "Tarvel Co. and Lindqvist Inc. agreed", "Naro Semi, Kest Foundry", "NoSpaceSemi here",
                "Ostra\tAG signed", "(AG) alone", "AG at the start", "", "Quill semi in lower case")) {
            assertEquals(s.pattern.matcher(text).find(), s.in(WordSpans.of(text)), text);
        }
    }

    @Test
    void aSuffixInsideAWordOrWithoutASpaceBeforeItIsNone() {
        SuffixAfterSpace s = SuffixAfterSpace.of(SUFFIX);
        assertFalse(s.in(WordSpans.of("NoSpaceSemi here")));
        assertFalse(s.in(WordSpans.of("AG at the start")));
        assertTrue(s.in(WordSpans.of("Ostra AG signed")));
    }

    @Test
    void aSuffixListWithoutKnownBeginningsIsSearched() {
        SuffixAfterSpace s = SuffixAfterSpace.of("[^a-z]+ Ltd");
        assertTrue(s.in(WordSpans.of("Orvel & Ltd")));
        assertNull(SuffixAfterSpace.of(null));
    }
}
