package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import org.junit.jupiter.api.Test;

/** The lemmatizer's beam with its k-th best score found in one pass gives what OpenNLP's sorting beam gives. */
class SelectingBeamSearchTest {

    private static double sortedKth(double[] scores, int k) {
        double[] s = scores.clone();
        Arrays.sort(s);
        return s[Math.max(0, s.length - k)];
    }

    @Test
    void theKthLargestScoreIsTheOneASortPutsAtLengthMinusK() {
        double[][] cases = {{0.5, 0.1, 0.4}, {0.2, 0.2, 0.2, 0.1}, {0.3, 0.1, 0.3, 0.3, 0.05}, {0.9}, {0.6, 0.4}, {0.1, 0.7, 0.1, 0.1}};
        for (double[] c : cases) {
            for (int k = 1; k <= 4; k++) assertEquals(sortedKth(c, k), SelectingBeamSearch.kthLargest(c, k), Arrays.toString(c) + " k=" + k);
        }
    }

    private static LemmatizerME lemmatizer(String resource, boolean selecting) throws IOException {
        try (InputStream in = SelectingBeamSearchTest.class.getResourceAsStream(resource)) {
            return new LemmatizerME(selecting ? SelectingBeamSearch.model(in) : new LemmatizerModel(in));
        }
    }

    @Test
    void lemmasAreOpenNlpsOwnInEnglishAndGerman() throws IOException {
        LemmatizerME stockEn = lemmatizer("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", false);
        LemmatizerME oursEn = lemmatizer("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", true);
        SyntaxTagger en = SyntaxTagger.of("en");
        for (String s : new String[] {"The buyers bought the boards from Vexlon's suppliers.", "Exports Group was shipping 300 servers, analysts said.",
                "Orvanta, a chip designer, denied the reports on Tuesday."}) {
            SyntaxTagger.Tagged t = en.tag(s);
            String[] words = Arrays.stream(t.tokens()).map(sp -> s.substring(sp.getStart(), sp.getEnd())).toArray(String[]::new);
            assertArrayEquals(stockEn.lemmatize(words, t.tags()), oursEn.lemmatize(words, t.tags()), s);
        }
        LemmatizerME stockDe = lemmatizer("/opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin", false);
        LemmatizerME oursDe = lemmatizer("/opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin", true);
        SyntaxTagger de = SyntaxTagger.of("de");
        for (String s : new String[] {"Die Lieferungen der Orvanta AG stiegen im Herbst.", "Laut Insidern kaufte der Konzern Beschleuniger."}) {
            SyntaxTagger.Tagged t = de.tag(s);
            String[] words = Arrays.stream(t.tokens()).map(sp -> s.substring(sp.getStart(), sp.getEnd())).toArray(String[]::new);
            assertArrayEquals(stockDe.lemmatize(words, t.tags()), oursDe.lemmatize(words, t.tags()), s);
        }
    }
    @Test
    void partOfSpeechTagsAreOpenNlpsOwnInEnglishAndGerman() throws IOException {
        String[][] cases = {
            {"/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", "Velmar Systems said on Monday it had shipped 4,000 accelerators to Korlan ."},
            {"/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", "Orders for the new chips , which Dravik designs , rose sharply ."},
            {"/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin", "Der Chipentwickler Halvex liefert seine Beschleuniger an Korlan ."},
            {"/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin", "Laut Insidern bestellte Orvanta im Herbst weitere Server ."}};
        for (String[] c : cases) {
            opennlp.tools.postag.POSModel model;
            try (InputStream in = SelectingBeamSearchTest.class.getResourceAsStream(c[0])) {
                model = new opennlp.tools.postag.POSModel(in);
            }
            opennlp.tools.postag.POSTaggerME ours = SelectingBeamSearch.posTagger(model);
            assertEquals(false, ours.getClass() == opennlp.tools.postag.POSTaggerME.class, "the selecting beam is used");
            String[] words = c[1].split(" ");
            assertArrayEquals(new opennlp.tools.postag.POSTaggerME(model).tag(words), ours.tag(words), c[1]);
        }
    }
}
