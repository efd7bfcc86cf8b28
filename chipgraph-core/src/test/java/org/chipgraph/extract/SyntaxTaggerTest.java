package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** OpenNLP's token, part-of-speech and lemma models as the extractor uses them, and the name check built on them. */
class SyntaxTaggerTest {

    private static final NameCheck ENGLISH = new NameCheck(SyntaxTagger.of("en"));
    private static final NameCheck GERMAN = new NameCheck(SyntaxTagger.of("de"));

    private static boolean reads(NameCheck check, String sentence, String name, String type) {
        int at = sentence.indexOf(name);
        return check.reads(sentence, check.tagger().tag(sentence), at, at + name.length(), type);
    }

    @Test
    void tokensKeepTheirOffsetsInTheSentence() {
        String s = "Vexlon shipped 300 boards to Lisbon.";
        SyntaxTagger.Tagged t = SyntaxTagger.of("en").tag(s);
        assertEquals("Vexlon", s.substring(t.tokens()[0].getStart(), t.tokens()[0].getEnd()));
        assertEquals(".", s.substring(t.tokens()[t.tokens().length - 1].getStart(), t.tokens()[t.tokens().length - 1].getEnd()));
        assertArrayEquals(new int[] {2, 3}, t.inside(s.indexOf("300"), s.indexOf(" to")));
    }

    @Test
    void partsOfSpeechAreUniversalDependenciesTags() {
        SyntaxTagger.Tagged t = SyntaxTagger.of("en").tag("The committee bought new servers.");
        assertEquals("DET", t.tags()[0]);
        assertEquals("VERB", t.tags()[2]);
    }

    @Test
    void lemmasUndoInflection() {
        SyntaxTagger.Tagged en = SyntaxTagger.of("en").tag("The buyers bought the boards.");
        assertEquals("buy", en.lemma(2));
        assertEquals("board", en.lemma(4));
        SyntaxTagger.Tagged de = SyntaxTagger.of("de").tag("Die Lieferungen stiegen im Herbst.");
        assertEquals("lieferung", de.lemma(1).toLowerCase());
    }

    @Test
    void properNounBeforeASuffixReadsAsAName() {
        assertTrue(reads(ENGLISH, "Later, Vexlon Technologies Inc. bought servers.", "Vexlon Technologies Inc.", "Company"));
        assertTrue(reads(GERMAN, "Die Vexlon Technologies AG kaufte Server.", "Vexlon Technologies AG", "Company"));
    }

    @Test
    void inflectedCommonNounDoesNotReadAsAName() {
        assertFalse(reads(ENGLISH, "Traders said Exports Group bought servers.", "Exports Group", "Company"));
    }

    @Test
    void germanCommonNounDoesNotReadAsAName() {
        assertFalse(reads(GERMAN, "Die Halbleiter Group kaufte Server.", "Halbleiter Group", "Company"));
    }

    @Test
    void adverbOrAdjectiveDoesNotReadAsAName() {
        assertFalse(reads(ENGLISH, "The chipmaker Also bought servers.", "Also", "Company"));
        assertFalse(reads(ENGLISH, "Vexlon's Latest chips sold well.", "Latest", "Chip"));
    }

    @Test
    void unknownWordTaggedAdjectiveAfterALowerCaseWordReadsAsAName() {
        NameCheck withCommonWords = new NameCheck(SyntaxTagger.of("en"), java.util.Set.of("Also", "Latest"));
        assertTrue(reads(withCommonWords, "Nvidia suspended shipments to Chinese chip designer Ventrue last year.", "Ventrue", "Company"));
        assertFalse(reads(withCommonWords, "The chipmaker Also bought servers.", "Also", "Company"));
    }

    @Test
    void aChipsModelNumberNeedsNoCheck() {
        assertFalse(NameCheck.needed("VX500", "Chip"));
        assertTrue(NameCheck.needed("Kestrel", "Chip"));
        assertTrue(NameCheck.needed("Vexlon 500 Group", "Company"));
    }

    @Test
    void suffixWordsAloneAreNoEvidence() {
        assertFalse(reads(ENGLISH, "Yesterday the Technology Group bought servers.", "Technology Group", "Company"));
    }

    @Test
    void aNameIsCheckedOnAWindowOfItsSentenceWithTheSameVerdicts() {
        String s = "After a long review of the market, traders said Exports Group bought servers, while Vexlon Technologies Inc. sold boards.";
        WordSpans words = WordSpans.of(s);
        int a = s.indexOf("Exports Group"), b = s.indexOf("Vexlon Technologies Inc.");
        assertFalse(ENGLISH.reads(words, a, a + "Exports Group".length(), "Company"));
        assertTrue(ENGLISH.reads(words, b, b + "Vexlon Technologies Inc.".length(), "Company"));
    }

    @Test
    void aDocumentsTaggerGivesTheSharedTaggersTokensTagsAndLemmasAgainAndAgain() {
        for (String lang : new String[] {"en", "de"}) {
            SyntaxTagger shared = SyntaxTagger.of(lang);
            SyntaxTagger doc = shared.forDocument(new ExtractionProfile());
            String[] windows = {"U.S.-based Vexlon's chips, said (Reuters) \"analysts\": cannot ship 3,000 units.",
                    "Die Orvanta-Gruppe (Oslo) lieferte 2.000 Beschleuniger an die U.S.-Firma, sagte sie.",
                    "U.S.-based Vexlon's chips, said (Reuters) \"analysts\": cannot ship 3,000 units."};
            for (String w : windows) {
                SyntaxTagger.Tagged a = shared.tag(w), b = doc.tag(w);
                assertEquals(a.tokens().length, b.tokens().length, w);
                for (int i = 0; i < a.tokens().length; i++) {
                    assertEquals(a.tokens()[i], b.tokens()[i], w);
                    assertEquals(a.tags()[i], b.tags()[i], w);
                    assertEquals(a.lemma(i), b.lemma(i), w);
                }
            }
        }
    }

    private static final String PUNCTUATED = "Kestrel's U.S. unit (\"Kestrel-Labs\") can't ship 1,200 boards, it said; Kestrel's unit can't.";

    @Test
    void wordsSplitFromMemoryGiveTheTokenizersOwnTokens() {
        WordSplits splits = new WordSplits(englishTokenizer(), 1_000);
        ExtractionProfile profile = new ExtractionProfile();
        for (int round = 0; round < 2; round++) {
            assertArrayEquals(englishTokenizer().tokenizePos(PUNCTUATED), splits.tokenizePos(PUNCTUATED, profile), "round " + round);
        }
        assertTrue(profile.wordsRemembered() >= profile.wordsSplit(), "the second round is answered from memory");
    }

    @Test
    void aFullMemoryForgetsAndStillGivesTheSameTokens() {
        WordSplits splits = new WordSplits(englishTokenizer(), 3);
        ExtractionProfile profile = new ExtractionProfile();
        for (int round = 0; round < 2; round++) {
            assertArrayEquals(englishTokenizer().tokenizePos(PUNCTUATED), splits.tokenizePos(PUNCTUATED, profile), "round " + round);
        }
        assertTrue(profile.wordsSplit() > 13, "words forgotten are split again");
    }

    private static opennlp.tools.tokenize.TokenizerME englishTokenizer() {
        return new opennlp.tools.tokenize.TokenizerME(tokenModel("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"));
    }

    private static opennlp.tools.tokenize.TokenizerModel tokenModel(String resource) {
        try (var in = SyntaxTagger.class.getResourceAsStream(resource)) {
            return new opennlp.tools.tokenize.TokenizerModel(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
