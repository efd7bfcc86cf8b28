package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The German tagger's vocabulary as a test of "a common word" ({@link ModelLexicon}): words of the model's corpus,
 * their inflected forms and compounds ending in a noun it knows are common; an invented company name is none.
 */
class ModelLexiconTest {
    private static final ModelLexicon GERMAN = ModelLexicon.of(SyntaxTagger.of("de"));

    @Test
    void aWordOfTheModelsCorpusIsCommon() {
        assertTrue(GERMAN.commonWord("Konzern"));
    }

    @Test
    void anInflectedFormOfAKnownWordIsCommon() {
        assertTrue(GERMAN.commonWord("Konzerns"));
    }

    @Test
    void aCompoundEndingInAKnownNounIsCommon() {
        assertTrue(GERMAN.commonWord("Halbleiterkonzern"));
    }

    @Test
    void aHyphenatedCompoundEndingInAKnownNounIsCommon() {
        assertTrue(GERMAN.commonWord("Chip-Hersteller"));
    }

    @Test
    void anInventedNameIsNoCommonWord() {
        assertFalse(GERMAN.commonWord("Vantiro"));
        assertFalse(GERMAN.commonWord("Dorvik"));
    }
}
