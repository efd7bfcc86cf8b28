package org.chipgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search (2.5.5) with one step made cheaper and nothing else changed: to keep the outcomes that score
 * at least the beam's k-th best, OpenNLP copies and sorts all the model's scores at each token. The lemmatizer's
 * model has thousands of outcomes (its edit scripts), so that sort was most of a lemma's cost; here the k-th best
 * score is found in one pass. Same threshold, same outcomes in the same order, so the same lemmas and tags. Used by
 * the lemmatizer and the part-of-speech tagger of {@link SyntaxTagger} (17 tags, but the copy and sort at each token
 * and beam were 2-3 % of the extractor's time). Second change, same outcomes: a token's beams are scored together,
 * the sums over the features they share made once ({@link SharedPrefixScores}).
 */
final class SelectingBeamSearch extends BeamSearch {
    private static final Object[] NO_CONTEXT = new Object[0];
    private final double[] probs;
    /** The model's scores with the beams' common features summed once, for OpenNLP's maxent model (else null). */
    private final SharedPrefixScores shared;

    private SelectingBeamSearch(int size, MaxentModel model) {
        super(size, model);
        this.probs = new double[model.getNumOutcomes()];
        this.shared = model instanceof opennlp.tools.ml.maxent.GISModel gis ? new SharedPrefixScores(gis) : null;
    }

    /** The lemmatizer model read from {@code in}, whose sequence model is this search (for a maxent model). */
    static LemmatizerModel model(InputStream in) throws IOException {
        return new Model(in);
    }

    private static final class Model extends LemmatizerModel {
        Model(InputStream in) throws IOException {
            super(in);
        }

        @Override
        public SequenceClassificationModel getLemmatizerSequenceModel() {
            Object artifact = artifactMap.get("lemmatizer.model");
            if (!(artifact instanceof MaxentModel maxent)) return super.getLemmatizerSequenceModel();
            String size = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
            return new SelectingBeamSearch(size == null ? opennlp.tools.lemmatizer.LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(size), maxent);
        }
    }

    /** A part-of-speech tagger of {@code model} that searches with this beam (the model's own tagger if it is no maxent model). */
    static POSTaggerME posTagger(POSModel model) {
        return model.getArtifact("pos.model") instanceof MaxentModel maxent ? new PosTagger(model, maxent) : new POSTaggerME(model);
    }

    /** OpenNLP's tagger (UD tags) with its beam search replaced; the contexts, validator and tag mapping are its own. */
    private static final class PosTagger extends POSTaggerME {
        private final SelectingBeamSearch beam;
        private final SequenceValidator<String> validator;

        PosTagger(POSModel model, MaxentModel maxent) {
            super(model, POSTagFormat.UD);
            beam = new SelectingBeamSearch(size, maxent);
            validator = model.getFactory().getSequenceValidator();
        }

        @Override
        public String[] tag(String[] sentence, Object[] additionalContext) {
            java.util.List<String> tags = beam.bestSequence(sentence, additionalContext, cg, validator).getOutcomes();
            // what POSTaggerME.convertTags does for UD: the model's own tags when they are UD, else mapped
            return posTagFormatMapper.getGuessedFormat() == POSTagFormat.UD ? tags.toArray(new String[0]) : posTagFormatMapper.convertTags(tags);
        }
    }

    /** The k-th largest of {@code scores} counting repeats: what OpenNLP reads at index length - k after sorting them. */
    static double kthLargest(double[] scores, int k) {
        if (k >= scores.length) {
            double min = Double.POSITIVE_INFINITY;
            for (double s : scores) min = Math.min(min, s);
            return min;
        }
        // the k best seen so far, best[0] the largest
        double[] best = new double[k];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (double s : scores) {
            if (s <= best[k - 1]) continue;
            int j = k - 1;
            while (j > 0 && best[j - 1] < s) { best[j] = best[j - 1]; j--; }
            best[j] = s;
        }
        return best[k - 1];
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext, double minSequenceScore,
                                        BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        Queue<Sequence> prev = new PriorityQueue<>(size);
        Queue<Sequence> next = new PriorityQueue<>(size);
        Queue<Sequence> tmp;
        prev.add(new Sequence());
        if (additionalContext == null) additionalContext = NO_CONTEXT;
        Sequence[] tops = new Sequence[size];
        String[][] outcomesOf = new String[size][];
        String[][] contextsOf = new String[size][];
        for (int i = 0; i < sequence.length; i++) {
            int sz = Math.min(size, prev.size());
            // the token's beams and their features first, so that a model that can shares the sums of their common features
            int n = 0;
            for (int sc = 0; prev.size() > 0 && sc < sz; sc++, n++) {
                tops[n] = prev.remove();
                outcomesOf[n] = tops[n].getOutcomes().toArray(new String[0]);
                contextsOf[n] = cg.getContext(i, sequence, outcomesOf[n], additionalContext);
            }
            if (shared != null && n > 0) shared.token(contextsOf, n);
            for (int sc = 0; sc < n; sc++) {
                Sequence top = tops[sc];
                String[] outcomes = outcomesOf[sc];
                double[] scores = shared != null ? shared.scores(sc, probs) : model.eval(contextsOf[sc], probs);
                double min = kthLargest(scores, size);
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        String out = model.getOutcome(p);
                        if (validator.validSequence(i, sequence, outcomes, out)) {
                            Sequence ns = new Sequence(top, out, scores[p]);
                            if (ns.getScore() > minSequenceScore) next.add(ns);
                        }
                    }
                }
                if (next.size() == 0) {
                    for (int p = 0; p < scores.length; p++) {
                        String out = model.getOutcome(p);
                        if (validator.validSequence(i, sequence, outcomes, out)) {
                            Sequence ns = new Sequence(top, out, scores[p]);
                            if (ns.getScore() > minSequenceScore) next.add(ns);
                        }
                    }
                }
            }
            prev.clear();
            tmp = prev;
            prev = next;
            next = tmp;
        }
        int numSeq = Math.min(numSequences, prev.size());
        Sequence[] top = new Sequence[numSeq];
        for (int k = 0; k < numSeq; k++) top[k] = prev.remove();
        return top;
    }
}
