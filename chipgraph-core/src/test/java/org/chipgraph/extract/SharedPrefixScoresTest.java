package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

/** Scores with the beams' shared features summed once are bit for bit what OpenNLP's model gives each beam alone. */
class SharedPrefixScoresTest {

    private static POSModel model(String resource) throws IOException {
        try (InputStream in = SharedPrefixScoresTest.class.getResourceAsStream(resource)) {
            return new POSModel(in);
        }
    }

    private static void sameAsTheModel(String resource, String sentence, String[][] tagsBefore) throws IOException {
        POSModel pos = model(resource);
        GISModel gis = (GISModel) pos.getArtifact("pos.model");
        POSContextGenerator cg = pos.getFactory().getPOSContextGenerator(0);
        SharedPrefixScores shared = new SharedPrefixScores(gis);
        String[] words = sentence.split(" ");
        for (int i = 0; i < words.length; i++) {
            String[][] contexts = new String[tagsBefore.length][];
            for (int b = 0; b < tagsBefore.length; b++) {
                String[] before = java.util.Arrays.copyOf(tagsBefore[b], Math.min(i, tagsBefore[b].length));
                contexts[b] = cg.getContext(i, words, before, new Object[0]).clone();
                // the tags before as the beam's own last features ("t=", "t2="), whatever the model's feature cache gave
                int n = contexts[b].length;
                if (i >= 2 && contexts[b][n - 1].startsWith("t2=")) {
                    contexts[b][n - 2] = "t=" + before[i - 1];
                    contexts[b][n - 1] = "t2=" + before[i - 2] + "," + before[i - 1];
                }
            }
            shared.token(contexts, contexts.length);
            for (int b = 0; b < contexts.length; b++) {
                double[] expected = gis.eval(contexts[b], new double[gis.getNumOutcomes()]);
                assertArrayEquals(expected, shared.scores(b, new double[gis.getNumOutcomes()]).clone(), sentence + " token " + i + " beam " + b);
            }
        }
    }

    @Test
    void threeBeamsThatDifferInTheirLastFeaturesScoreAsTheModelScoresEachInEnglish() throws IOException {
        String[][] tags = {{"PROPN", "PROPN", "VERB", "ADP", "PROPN", "PRON", "AUX", "VERB", "NUM", "NOUN", "ADP", "PROPN", "PUNCT"},
            {"PROPN", "NOUN", "VERB", "ADP", "NOUN", "PRON", "VERB", "VERB", "NUM", "NOUN", "ADP", "NOUN", "PUNCT"},
            {"ADJ", "PROPN", "NOUN", "ADP", "PROPN", "PRON", "AUX", "ADJ", "NUM", "PROPN", "ADP", "PROPN", "PUNCT"}};
        sameAsTheModel("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", "Velmar Systems said on Monday it had shipped 4,000 accelerators to Korlan .", tags);
    }

    @Test
    void beamsWithTheSameFeaturesAndASingleBeamScoreAsTheModelInGerman() throws IOException {
        String[][] tags = {{"DET", "NOUN", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"},
            {"DET", "NOUN", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"}};
        sameAsTheModel("/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin", "Der Chipentwickler Halvex liefert seine Beschleuniger an Korlan .", tags);
        sameAsTheModel("/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin", "Laut Insidern bestellte Xq7zz im Herbst weitere Server .", new String[][] {{"ADP", "NOUN", "VERB", "PROPN", "ADP", "NOUN", "ADJ", "NOUN", "PUNCT"}});
    }
    @Test
    void theLemmatizersOutcomesThatNoFeatureNamesScoreAsTheModelScoresThem() throws IOException {
        // thousands of outcomes, most without a parameter for these features: their probability is the prior's share
        GISModel gis;
        try (InputStream in = SharedPrefixScoresTest.class.getResourceAsStream("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")) {
            gis = (GISModel) new opennlp.tools.lemmatizer.LemmatizerModel(in).getArtifact("lemmatizer.model");
        }
        String[][] contexts = {{"w=shipped", "t=VERB", "suf=ed", "pre=sh", "no-such-feature"}, {"w=shipped", "t=VERB", "suf=ed", "pre=sh", "t=NOUN"},
            {"w=shipped", "t=VERB", "suf=ed", "pre=sh", "w=accelerators"}};
        SharedPrefixScores shared = new SharedPrefixScores(gis);
        shared.token(contexts, contexts.length);
        for (int b = 0; b < contexts.length; b++) {
            double[] expected = gis.eval(contexts[b], new double[gis.getNumOutcomes()]);
            assertArrayEquals(expected, shared.scores(b, new double[gis.getNumOutcomes()]).clone(), "beam " + b);
        }
    }
}
