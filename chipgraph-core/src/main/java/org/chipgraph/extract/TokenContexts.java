package org.chipgraph.extract;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import opennlp.tools.util.BeamSearchContextGenerator;

/**
 * The part-of-speech tagger's features of a token, remembered for the document being read: the windows the name
 * checks tag overlap, so the same word with the same two words each side and the same two tags before it comes up again
 * and again; OpenNLP builds its feature strings anew each time and the model hashes each one. Exact for the models'
 * feature generators ({@code generator.featuregen} of the English and German UD models, the same file): definition,
 * prefixes and suffixes of the token, the tokens two each side, sentence-begin two each side, the token's class, the two
 * tags before; so a token's features are a function of those five tokens, its index up to 3 (the sentence-begin
 * features) and the two tags. As OpenNLP's own caches do, a sentence keeps the features of the first beam to ask at
 * each index for all its beams (its inner cache ignores the tags). The probabilities the model gives a token's features
 * are remembered with them ({@link #probabilities}).
 */
final class TokenContexts implements BeamSearchContextGenerator<String> {
    /** Entries kept before the memo starts over (a long document; a few MB at most). */
    private static final int LIMIT = 50_000;

    private record Key(int index, String p2, String p1, String w, String n1, String n2, String t2, String t1) {}

    private final BeamSearchContextGenerator<String> generator;
    private final Map<Key, String[]> features = new HashMap<>();
    private final Map<String[], double[]> probabilities = new IdentityHashMap<>();
    private Object document;
    private String[] sentence;
    private String[][] asked;

    TokenContexts(BeamSearchContextGenerator<String> generator) {
        this.generator = generator;
    }

    /** Forgets what it remembered when {@code document} is another than the last one's (nothing outlives a document). */
    void document(Object document) {
        if (document == this.document && features.size() < LIMIT) return;
        this.document = document;
        features.clear();
        probabilities.clear();
    }

    @Override
    public String[] getContext(int i, String[] tokens, String[] outcomes, Object[] additionalContext) {
        if (tokens != sentence) {
            sentence = tokens;
            asked = new String[tokens.length][];
        }
        String[] known = asked[i];
        if (known != null) return known;
        Key k = new Key(Math.min(i, 3), at(tokens, i - 2), at(tokens, i - 1), tokens[i], at(tokens, i + 1), at(tokens, i + 2),
                i >= 2 ? outcomes[i - 2] : null, i >= 1 ? outcomes[i - 1] : null);
        known = features.get(k);
        if (known == null) {
            known = generator.getContext(i, tokens, outcomes, additionalContext);
            features.put(k, known);
        }
        return asked[i] = known;
    }

    /** The model's probabilities for {@code context} (an array this memo gave), or null when not yet known. */
    double[] probabilities(String[] context) {
        return probabilities.get(context);
    }

    /** Remembers the model's probabilities for {@code context} (an array this memo gave). */
    void remember(String[] context, double[] scores) {
        probabilities.put(context, scores.clone());
    }

    private static String at(String[] tokens, int i) {
        return i >= 0 && i < tokens.length ? tokens[i] : null;
    }
}
