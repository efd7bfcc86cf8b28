package org.chipgraph.extract.learn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chipgraph.error.InputError;
import org.chipgraph.extract.RuleTrace;
import org.chipgraph.extract.SentenceMentions;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Provenance;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;
import org.chipgraph.source.BundledFiles;

/**
 * The learned recall stage: after the rules, each pair of mentions of a sentence that no rule joined is put to the
 * {@link RelationModel}; a relation it gives with a probability at or above the model's threshold becomes a fact
 * with that probability as its confidence, traced to the rule {@link #RULE}.
 */
public final class LearnedRelations {
    /** Where the model is read from (project-relative), and the rule name its facts are traced to. */
    public static final String RULE = "patterns/relations.model";
    /** The switch: {@code -Dchipgraph.learned-relations=on} runs the stage when the model is there. */
    public static final String SWITCH = "chipgraph.learned-relations";
    /** For measuring only: {@code -Dchipgraph.learned-relations.threshold=P} replaces the model's own threshold. */
    public static final String THRESHOLD = "chipgraph.learned-relations.threshold";

    private final RelationModel model;
    private final String extractor;
    private final String version;

    public LearnedRelations(RelationModel model, String extractor, String version) {
        this.model = model;
        this.extractor = extractor;
        this.version = version;
    }

    /** The stage if it is switched on and the model file is there; a model that cannot be read is an error. */
    public static Optional<LearnedRelations> ifSwitchedOn(String extractor, String version) {
        if (!"on".equals(System.getProperty(SWITCH, "off"))) return Optional.empty();
        String t = System.getProperty(THRESHOLD);
        return load(RULE).map(m -> new LearnedRelations(t == null ? m : m.withThreshold(probability(t)), extractor, version));
    }

    private static double probability(String t) {
        try {
            double p = Double.parseDouble(t);
            if (p >= 0 && p <= 1) return p;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputError("-D" + THRESHOLD + ": '" + t + "' is not a probability, expected a number in [0,1]");
    }

    /** The model at a project-relative path (on disk under the home, else bundled), if there is one. */
    static Optional<RelationModel> load(String relative) {
        Optional<Path> onDisk = BundledFiles.home().map(h -> h.resolve(relative)).filter(Files::isRegularFile);
        try (InputStream in = onDisk.isPresent() ? Files.newInputStream(onDisk.get())
                : LearnedRelations.class.getClassLoader().getResourceAsStream(relative)) {
            if (in == null) return Optional.empty();
            return Optional.of(RelationModel.read(onDisk.map(Path::toString).orElse(relative), in));
        } catch (IOException e) {
            throw new InputError(relative + ": cannot read (" + e.getMessage() + "), expected the relations model");
        }
    }

    /** The facts the model adds to an article's rule facts ({@code ruleFacts} is not changed). */
    public List<Fact> facts(List<SentenceMentions> sentences, List<Fact> ruleFacts, String docIri, RuleTrace trace) {
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PairCandidate c : PairCandidate.of(sentences, ruleFacts)) {
            String[] features = PairFeatures.of(c.sentence(), c.first(), c.second()).toArray(String[]::new);
            SentenceMentions s = c.sentence();
            Provenance where = Provenance.ofSentence(docIri, s.text(), s.start(), s.start() + s.text().length(), extractor, version);
            for (EntityRef a : c.firstMention().entities()) {
                for (EntityRef b : c.secondMention().entities()) {
                    if (a.iri().equals(b.iri())) continue;
                    RelationModel.Prediction p = model.predict(features, a, b);
                    if (p.outcome().none() || p.probability() < model.threshold()) continue;
                    EntityRef subject = p.outcome().firstIsSubject() ? a : b, object = p.outcome().firstIsSubject() ? b : a;
                    add(out, seen, new Fact(subject, p.outcome().relation(), object, null, null, null, null, Stance.ASSERTED, null, p.probability(), where), trace);
                    // an order is a purchase too, as the rules say it
                    if (p.outcome().relation() == Relation.ORDERS) {
                        add(out, seen, new Fact(subject, Relation.BUYS, object, null, null, null, null, Stance.ASSERTED, null, p.probability(), where), trace);
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<Fact> out, Set<String> seen, Fact f, RuleTrace trace) {
        if (!seen.add(f.subject().iri() + "|" + f.relation() + "|" + f.object().iri() + "|" + f.provenance().start())) return;
        out.add(f);
        trace.fired(RULE, f);
    }
}
