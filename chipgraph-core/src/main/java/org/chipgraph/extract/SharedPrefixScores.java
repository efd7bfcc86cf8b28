package org.chipgraph.extract;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;

/**
 * The outcome probabilities of OpenNLP's maximum entropy model ({@link GISModel}) for the beams of one token. A
 * beam's features are the token's own (word, affixes, neighbours) followed by the outcomes it chose before, so the
 * beams share all but their last few: the sum over the shared features is made once, each beam adds only its own; and
 * beams with the same features (the part-of-speech models' feature cache gives every beam of a token the first
 * beam's) share the probabilities too. They are bit for bit the model's ({@code GISModel.eval}): the uniform prior's
 * log, each feature's parameters added in the features' order, then exponent and normalisation.
 */
final class SharedPrefixScores {
    private final Map<String, Context> parameters;
    private final int outcomes;
    private final double logPrior;
    /** {@code StrictMath.exp(logPrior)}. */
    private final double expPrior;
    /** The sums over the shared features (reused from token to token). */
    private final double[] shared;
    /** The probabilities when all the token's beams have the same features, else null. */
    private final double[] whole;
    private String[][] contexts;
    private int beams, prefix;
    private boolean allSame;

    /** The scores of {@code model}: it must be a {@link GISModel}, whose prior is uniform (how OpenNLP reads one). */
    @SuppressWarnings("unchecked")
    SharedPrefixScores(GISModel model) {
        this.parameters = (Map<String, Context>) model.getDataStructures()[1];
        this.outcomes = model.getNumOutcomes();
        String[] names = new String[outcomes];
        for (int i = 0; i < outcomes; i++) names[i] = model.getOutcome(i);
        UniformPrior prior = new UniformPrior();
        prior.setLabels(names, null);
        double[] one = new double[outcomes];
        prior.logPrior(one, (int[]) null, null);
        this.logPrior = one[0];
        this.expPrior = StrictMath.exp(logPrior);
        this.shared = new double[outcomes];
        this.whole = new double[outcomes];
    }

    /** Takes the features of the token's beams (in the order they will be scored) and sums those they all begin with. */
    void token(String[][] contexts, int beams) {
        this.contexts = contexts;
        this.beams = beams;
        String[] first = contexts[0];
        int p = first.length;
        boolean same = true;
        for (int b = 1; b < beams; b++) {
            String[] c = contexts[b];
            if (c == first) continue;
            int k = 0, n = Math.min(p, c.length);
            while (k < n && first[k].equals(c[k])) k++;
            p = k;
            same &= c.length == first.length;
        }
        prefix = p;
        allSame = same && p == first.length;
        java.util.Arrays.fill(shared, logPrior);
        add(first, 0, p, shared);
        if (allSame) {
            System.arraycopy(shared, 0, whole, 0, outcomes);
            normalise(whole);
        }
    }

    /** The probabilities of beam {@code b}'s outcomes, written into {@code out} (as {@code GISModel.eval} would). */
    double[] scores(int b, double[] out) {
        if (b >= beams) throw new IllegalArgumentException("beam " + b + " of " + beams);
        if (allSame) {
            System.arraycopy(whole, 0, out, 0, outcomes);
            return out;
        }
        System.arraycopy(shared, 0, out, 0, outcomes);
        String[] c = contexts[b];
        add(c, prefix, c.length, out);
        normalise(out);
        return out;
    }

    /** Sums of log scores to probabilities, as the model computes them. */
    private void normalise(double[] sums) {
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            // most of the lemmatizer's thousands of outcomes have no parameter for the token's features: their sum is
            // still the prior's log, whose exponent is made once (the same value exp would give)
            sums[o] = sums[o] == logPrior ? expPrior : StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        // (and the same quotient for all of them)
        double prior = expPrior / normal;
        for (int o = 0; o < outcomes; o++) sums[o] = sums[o] == expPrior ? prior : sums[o] / normal;
    }

    /** Adds the parameters of features {@code from} to {@code to} of {@code features} to {@code sums}, in their order. */
    private void add(String[] features, int from, int to, double[] sums) {
        for (int i = from; i < to; i++) {
            // a feature the model does not know adds nothing
            Context f = parameters.get(features[i]);
            if (f == null) continue;
            int[] os = f.getOutcomes();
            double[] ps = f.getParameters();
            for (int a = 0; a < os.length; a++) sums[os[a]] += ps[a];
        }
    }
}
