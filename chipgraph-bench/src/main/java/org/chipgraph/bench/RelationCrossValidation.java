package org.chipgraph.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.model.Event;
import org.chipgraph.eval.ScoredFact;
import org.chipgraph.eval.ScorerMatch;
import org.chipgraph.extract.learn.RelationModel;
import org.chipgraph.extract.learn.RelationOutcome;
import org.chipgraph.fact.EntityRef;

/**
 * Leave-one-set-out cross-validation of the relation classifier over the training sets: each set's candidates are
 * judged by a model trained on the other sets. Gives the threshold (the lowest at which the held-out answers reach
 * the target precision) and prints the figures per threshold, per held-out set and per relation.
 */
final class RelationCrossValidation {
    /** A labelled candidate: its set, its features, its gold outcome, the first entity of each mention, and its sentence. */
    record Example(String set, String doc, Event event, RelationOutcome gold, EntityRef first, EntityRef second, String sentence) {}

    /** A held-out answer: the example and the model's best relation with its probability. */
    record Answer(Example example, RelationModel.Prediction prediction) {
        boolean right() { return prediction.outcome().equals(example.gold()); }
    }

    static final double[] THRESHOLDS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};

    private final List<Example> examples;

    RelationCrossValidation(List<Example> examples) { this.examples = List.copyOf(examples); }

    /** Every example judged by the model trained without its set. */
    List<Answer> answers(RelationModel.Settings settings) {
        List<String> sets = examples.stream().map(Example::set).distinct().toList();
        List<Answer> out = new ArrayList<>();
        for (String held : sets) {
            List<Event> train = examples.stream().filter(e -> !e.set().equals(held)).map(Example::event).toList();
            RelationModel m = RelationModel.train(train, settings, 0.5);
            for (Example e : examples) {
                if (e.set().equals(held)) out.add(new Answer(e, m.predict(e.event().getContext(), e.first(), e.second())));
            }
        }
        return out;
    }

    /** The lowest threshold whose accepted answers reach {@code target} precision, or 1 (the stage adds nothing). */
    static double threshold(List<Answer> answers, double target, PrintStream out) {
        return thresholdAndRight(answers, target, out)[0];
    }

    /** The threshold and the right answers there (to compare training settings by their held-out recall). */
    static double[] thresholdAndRight(List<Answer> answers, double target, PrintStream out) {
        long positives = answers.stream().filter(a -> !a.example().gold().none()).count();
        out.printf("held-out candidates %d, with a gold relation %d%n", answers.size(), positives);
        out.println("threshold  accepted  right  precision  recall-of-positives");
        double chosen = 1, rightThere = 0;
        for (double t : THRESHOLDS) {
            long acc = answers.stream().filter(a -> a.prediction().probability() >= t).count();
            long right = answers.stream().filter(a -> a.prediction().probability() >= t && a.right()).count();
            double p = acc == 0 ? 0 : (double) right / acc;
            out.printf("%9.2f  %8d  %5d  %9.3f  %6.3f%n", t, acc, right, p, positives == 0 ? 0 : (double) right / positives);
            if (chosen == 1 && acc > 0 && p >= target) { chosen = t; rightThere = right; }
        }
        return new double[] {chosen, rightThere};
    }

    /**
     * The threshold that gives the highest F1 summed over the held-out sets, facts scored as the scorer scores them (per
     * document, names by its matching): each set's rule facts plus the answers accepted there. 1 (nothing added) when no
     * threshold beats the rules alone.
     */
    static double thresholdByF1(List<Answer> answers, Map<String, List<ScoredFact>> gold, Map<String, List<ScoredFact>> rules, PrintStream out) {
        out.println("threshold  system  right   gold      P      R     F1   (held-out sets, rule facts plus accepted answers)");
        double best = 1, bestF1 = f1(answers, gold, rules, 1.01, "rules", out);
        for (double t : THRESHOLDS) {
            double f = f1(answers, gold, rules, t, String.format("%9.2f", t), out);
            if (f > bestF1) { bestF1 = f; best = t; }
        }
        return best;
    }

    private static double f1(List<Answer> answers, Map<String, List<ScoredFact>> gold, Map<String, List<ScoredFact>> rules, double t, String name, PrintStream out) {
        long right = 0, system = 0, golds = 0;
        for (String set : gold.keySet()) {
            List<ScoredFact> facts = new ArrayList<>(rules.get(set));
            for (Answer a : answers) {
                if (!a.example().set().equals(set) || a.prediction().probability() < t) continue;
                RelationOutcome o = a.prediction().outcome();
                EntityRef s = o.firstIsSubject() ? a.example().first() : a.example().second(), b = o.firstIsSubject() ? a.example().second() : a.example().first();
                facts.add(ScoredFact.of(a.example().doc(), s.label(), o.relation().localName, b.label()));
                if (o.relation() == org.chipgraph.fact.Relation.ORDERS) facts.add(ScoredFact.of(a.example().doc(), s.label(), "buys", b.label()));
            }
            ScorerMatch m = ScorerMatch.of(gold.get(set), facts);
            right += m.matched();
            system += m.system().size();
            golds += m.gold().size();
        }
        double p = system == 0 ? 0 : (double) right / system, r = golds == 0 ? 0 : (double) right / golds, f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf("%9s  %6d  %5d  %5d  %.3f  %.3f  %.3f%n", name, system, right, golds, p, r, f);
        return f;
    }

    /** The held-out figures at the threshold, per set and per relation. */
    static void report(List<Answer> answers, double t, PrintStream out) {
        Map<String, long[]> bySet = new TreeMap<>(), byRelation = new TreeMap<>();
        for (Answer a : answers) {
            long[] s = bySet.computeIfAbsent(a.example().set(), k -> new long[3]);
            if (!a.example().gold().none()) s[0]++;
            boolean accepted = a.prediction().probability() >= t;
            if (accepted) { s[1]++; if (a.right()) s[2]++; }
            if (accepted) {
                long[] r = byRelation.computeIfAbsent(a.prediction().outcome().relation().localName, k -> new long[3]);
                r[1]++;
                if (a.right()) r[2]++;
            }
            if (!a.example().gold().none()) byRelation.computeIfAbsent(a.example().gold().relation().localName, k -> new long[3])[0]++;
        }
        out.printf("%nleave-one-set-out at threshold %.2f, per held-out set (candidates not joined by a rule):%n", t);
        out.println("set                 gold-pairs  accepted  right  precision  recall");
        for (var e : bySet.entrySet()) row(out, e.getKey(), e.getValue());
        out.printf("%nper relation:%n");
        for (var e : byRelation.entrySet()) row(out, e.getKey(), e.getValue());
    }

    /** The first {@code n} accepted held-out answers that disagree with their label (to judge the labels and features). */
    static void wrong(List<Answer> answers, double t, int n, PrintStream out) {
        answers.stream().filter(a -> a.prediction().probability() >= t && !a.right()).limit(n).forEach(a -> out.printf("%s %.2f %s %s %s (gold %s): %s%n",
                a.example().set(), a.prediction().probability(), a.example().first().label(), a.prediction().outcome().name(),
                a.example().second().label(), a.example().gold().name(), a.example().sentence().replace('\n', ' ')));
    }

    private static void row(PrintStream out, String name, long[] v) {
        out.printf("%-20s %9d  %8d  %5d  %9.3f  %6.3f%n", name, v[0], v[1], v[2], v[1] == 0 ? 0 : (double) v[2] / v[1], v[0] == 0 ? 0 : (double) v[2] / v[0]);
    }
}
