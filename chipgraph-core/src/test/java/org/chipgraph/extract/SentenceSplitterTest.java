package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    static final SentenceSplitter SPLITTER = new SentenceSplitter();

    static List<String> sentences(String text, String lang) {
        return SPLITTER.split(text, 0, lang).stream().map(SentenceSplitter.Sentence::text).toList();
    }

    @Test
    void germanOrdinalDateDoesNotEndTheSentence() {
        List<String> s = sentences("Die Regierung verschärft die Regeln. Ab dem 1. März brauchen Händler eine Lizenz, teilte das Ministerium mit.", "de");
        assertEquals(List.of("Die Regierung verschärft die Regeln.", "Ab dem 1. März brauchen Händler eine Lizenz, teilte das Ministerium mit."), s);
    }

    @Test
    void germanOrdinalBeforeANounDoesNotEndTheSentence() {
        List<String> s = sentences("Im 3. Quartal lieferte Ostwerk mehr Chips aus.", "de");
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void germanSentenceEndingInAYearStillEnds() {
        List<String> s = sentences("Die Fabrik eröffnete im Jahr 2024. Danach kamen die ersten Aufträge.", "de");
        assertEquals(2, s.size(), s.toString());
    }

    @Test
    void aCommaAfterALegalFormsFullStopDoesNotEndTheSentence() {
        List<String> s = sentences("The buyers, Norrvik Components Ltd., Halden Trading and Askvik Supply Co., declined to comment on the listing.", "en");
        assertEquals(1, s.size(), s.toString());
    }
}
