package org.chipgraph.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.extract.SentenceMentions;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {
    private static final SentenceMentions SHIPS = Sentences.of("en", 0,
            "Last spring Tessaly Works began shipping Pellix-40 boards to Umbra Data, a filing showed.",
            Sentences.company("Tessaly Works"), Sentences.chip("Pellix-40"), Sentences.company("Umbra Data"));

    @Test
    void wordsBetweenAreStemmedAndAnotherMentionIsItsKind() {
        List<String> f = PairFeatures.of(SHIPS, 0, 2);
        assertTrue(f.contains("b=began"), f.toString());
        assertTrue(f.contains("b=shipp"), f.toString());
        assertTrue(f.contains("b=<H>"), f.toString());
        assertTrue(f.contains("mentionsBetween=1"), f.toString());
        assertTrue(f.contains("types=C>C"), f.toString());
    }

    @Test
    void windowTakesTwoWordsOnEachSide() {
        List<String> f = PairFeatures.of(SHIPS, 0, 1);
        assertTrue(f.contains("l1=spring"), f.toString());
        assertTrue(f.contains("l2=last"), f.toString());
        assertTrue(f.contains("r1=board"), f.toString());
        assertTrue(f.contains("r2=to"), f.toString());
        assertTrue(f.contains("dist=2"), f.toString());
    }

    @Test
    void negationAnywhereInTheSentenceIsAFeature() {
        SentenceMentions s = Sentences.of("en", 0, "Brisa Micro said it had never sold Tarn-9 modules to anyone.",
                Sentences.company("Brisa Micro"), Sentences.chip("Tarn-9"));
        assertTrue(PairFeatures.of(s, 0, 1).contains("negation"));
        assertFalse(PairFeatures.of(SHIPS, 0, 1).contains("negation"));
    }

    @Test
    void contractedNegationIsNegation() {
        SentenceMentions s = Sentences.of("en", 0, "Brisa Micro didn't sell Tarn-9 modules.", Sentences.company("Brisa Micro"), Sentences.chip("Tarn-9"));
        assertTrue(PairFeatures.of(s, 0, 1).contains("negation"));
    }

    @Test
    void modalWordAndRelativeClauseBetweenAreFeatures() {
        SentenceMentions s = Sentences.of("en", 0, "Ostra Compute, which could buy Vell-3 parts later, is based in Norway.",
                Sentences.company("Ostra Compute"), Sentences.chip("Vell-3"), Sentences.country("Norway"));
        List<String> f = PairFeatures.of(s, 0, 2);
        assertTrue(f.contains("modal"), f.toString());
        assertTrue(f.contains("clause=which"), f.toString());
        assertTrue(f.contains("commas=2"), f.toString());
    }

    @Test
    void germanSentenceCarriesItsLanguage() {
        SentenceMentions s = Sentences.of("de", 0, "Die Firma Kolbe Werke liefert Rasto-5 an Mirel.",
                Sentences.company("Kolbe Werke"), Sentences.chip("Rasto-5"));
        List<String> f = PairFeatures.of(s, 0, 1);
        assertTrue(f.contains("lang=de"));
        assertTrue(f.contains("b=liefer"), f.toString());
    }

    @Test
    void stemJoinsInflectionsOfAVerb() {
        assertEquals(PairFeatures.stem("supplies"), PairFeatures.stem("supplied"));
        assertEquals(PairFeatures.stem("supplied"), PairFeatures.stem("supplying"));
    }
}
