package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** The tagger with its features remembered for a document tags as OpenNLP's own tagger does, sentence after sentence. */
class TokenContextsTest {

    private static POSModel model(String resource) throws IOException {
        try (InputStream in = TokenContextsTest.class.getResourceAsStream(resource)) {
            return new POSModel(in);
        }
    }

    /** Windows that share words, as the name checks tag them, then the same words at the sentence's start. */
    private static final String[] ENGLISH = {
        "the chipmaker said on Monday that Velmar Systems would ship servers to Korlan .",
        "said on Monday that Velmar Systems would ship",
        "Velmar Systems would ship servers to Korlan , a cloud firm , analysts said .",
        "that Velmar Systems would ship accelerators to Dravik next year .",
        "Velmar",
        "Systems would ship servers",
        "ship servers to Korlan ."};

    private static final String[] GERMAN = {
        "Der Chipentwickler Halvex liefert seine Beschleuniger an Korlan , teilte das Unternehmen mit .",
        "Chipentwickler Halvex liefert seine Beschleuniger an Korlan",
        "Halvex liefert seine Beschleuniger an Korlan und Dravik .",
        "liefert seine Beschleuniger an Korlan ."};

    @Test
    void sentencesTaggedOneAfterAnotherInADocumentGetOpenNlpsTags() throws IOException {
        String[][] sets = {ENGLISH, GERMAN};
        String[] models = {"/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin"};
        for (int m = 0; m < 2; m++) {
            POSModel model = model(models[m]);
            SelectingBeamSearch.PosTagger ours = (SelectingBeamSearch.PosTagger) SelectingBeamSearch.posTagger(model);
            ours.document(new Object());
            for (int round = 0; round < 2; round++) {
                for (String s : sets[m]) {
                    String[] words = s.split(" ");
                    assertArrayEquals(new POSTaggerME(model).tag(words), ours.tag(words), s);
                }
            }
        }
    }

    @Test
    void aTokensBeamsShareTheFeaturesOfTheFirstToAsk() throws IOException {
        POSModel model = model("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");
        TokenContexts contexts = new TokenContexts(model.getFactory().getPOSContextGenerator());
        contexts.document(this);
        String[] words = "Velmar Systems would ship servers .".split(" ");
        String[] first = contexts.getContext(2, words, new String[] {"PROPN", "PROPN"}, null);
        assertSame(first, contexts.getContext(2, words, new String[] {"PROPN", "NOUN"}, null));
        // OpenNLP's generator answers the same for the same sentence, whichever beam asks second
        opennlp.tools.postag.POSContextGenerator stock = model.getFactory().getPOSContextGenerator();
        stock.getContext(2, words, new String[] {"PROPN", "PROPN"}, null);
        assertArrayEquals(first, stock.getContext(2, words, new String[] {"PROPN", "NOUN"}, null));
    }

    @Test
    void theSameWordsAroundATokenInAnotherSentenceGiveItsFeatures() throws IOException {
        POSModel model = model("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");
        TokenContexts contexts = new TokenContexts(model.getFactory().getPOSContextGenerator());
        contexts.document(this);
        String[] a = "the firm said that Velmar Systems would ship servers .".split(" ");
        String[] b = "analysts said that Velmar Systems would ship".split(" ");
        String[] atA = contexts.getContext(4, a, new String[] {"DET", "NOUN", "VERB", "SCONJ"}, null);
        String[] atB = contexts.getContext(3, b, new String[] {"NOUN", "VERB", "SCONJ"}, null);
        assertArrayEquals(model.getFactory().getPOSContextGenerator().getContext(3, b, new String[] {"NOUN", "VERB", "SCONJ"}, null), atB);
        // (index 4 and index 3: both past the sentence-begin features; same five words, same two tags before)
        assertSame(atA, atB);
    }
}
