package org.chipgraph.extract.learn;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.chipgraph.error.InputError;
import org.chipgraph.fact.EntityRef;

/**
 * The relation classifier: an OpenNLP maximum-entropy model over {@link PairFeatures}, with the
 * probability at or above which its answer becomes a fact. Stored as one file: a header naming the format, the
 * threshold, then OpenNLP's binary model.
 */
public final class RelationModel {
    static final String FORMAT = "chipgraph-relations-model 1";
    private final MaxentModel model;
    private final double threshold;

    RelationModel(MaxentModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    public double threshold() { return threshold; }

    public RelationModel withThreshold(double t) { return new RelationModel(model, t); }

    /** OpenNLP's maximum-entropy trainers: generalised iterative scaling, or L-BFGS ("quasi-Newton"). */
    public enum Trainer { GIS, QN }

    /**
     * How the model is trained: the trainer, its iterations, and its regularisation (GIS: the width of a Gaussian prior
     * on the weights, 0 for none; QN: the L2 cost).
     */
    public record Settings(Trainer trainer, int iterations, double regularisation) {}

    /** A learned answer: the outcome and its probability. */
    public record Prediction(RelationOutcome outcome, double probability) {}

    /**
     * A model trained on these events (outcome names of {@link RelationOutcome}); one thread and a fixed number of
     * iterations, so that the same events in the same order give the same model.
     */
    public static RelationModel train(List<Event> events, Settings settings, double threshold) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        if (settings.trainer() == Trainer.GIS) {
            p.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
            // a Gaussian prior keeps the weights of rare words small: without one a word seen once with a relation decides alone
            if (settings.regularisation() > 0) {
                p.put("GaussianSmoothing", true);
                p.put("GaussianSmoothingSigma", settings.regularisation());
            }
        } else {
            // the same maximum-entropy model fitted by L-BFGS, with an L2 penalty: GIS needs thousands of steps on
            // events of forty features each, L-BFGS a few hundred
            p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
            p.put("L2Cost", settings.regularisation());
            p.put("L1Cost", 0.0);
        }
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
        try {
            return new RelationModel(trainer.train(ObjectStreamUtils.createObjectStream(events)), threshold);
        } catch (IOException e) {
            throw new IllegalStateException("training the relation model failed: " + e.getMessage(), e);
        }
    }

    /** The most probable relation (not none) that fits the two entities, in the text's order, and its probability. */
    public Prediction predict(String[] features, EntityRef first, EntityRef second) {
        double[] probs = model.eval(features);
        RelationOutcome best = RelationOutcome.NONE;
        double p = 0;
        for (int i = 0; i < probs.length; i++) {
            RelationOutcome o = RelationOutcome.ofName(model.getOutcome(i));
            if (o.none() || !o.fits(first, second) || probs[i] <= p) continue;
            best = o;
            p = probs[i];
        }
        return new Prediction(best, p);
    }

    /** The probability of every outcome, by name (for cross-validation). */
    public double[] eval(String[] features) { return model.eval(features); }

    public String outcome(int i) { return model.getOutcome(i); }

    /** The model file's bytes. */
    public byte[] bytes() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            DataOutputStream out = new DataOutputStream(buf);
            out.writeUTF(FORMAT);
            out.writeDouble(threshold);
            new GenericModelWriter((AbstractModel) model, out).persist();
        } catch (IOException e) {
            throw new IllegalStateException("writing the relation model failed: " + e.getMessage(), e);
        }
        return buf.toByteArray();
    }

    /** A model read from a file written by {@link #bytes()}; anything else is a one-line error naming {@code origin}. */
    public static RelationModel read(String origin, InputStream in) {
        try {
            DataInputStream data = new DataInputStream(in);
            String format = data.readUTF();
            if (!format.equals(FORMAT)) throw new InputError(origin + ": not a relations model (header '" + format.strip() + "'), expected one written by chipgraph-bench train-relations");
            double threshold = data.readDouble();
            if (!(threshold >= 0 && threshold <= 1)) throw new InputError(origin + ": threshold " + threshold + " is not a probability, expected one in [0,1]");
            return new RelationModel(new GenericModelReader(new BinaryFileDataReader(data)).getModel(), threshold);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputError ie) throw ie;
            throw new InputError(origin + ": cannot read the relations model (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "), expected one written by chipgraph-bench train-relations");
        }
    }
}
