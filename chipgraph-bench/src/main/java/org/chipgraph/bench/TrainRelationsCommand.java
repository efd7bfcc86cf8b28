package org.chipgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import opennlp.tools.ml.model.Event;
import org.chipgraph.error.InputError;
import org.chipgraph.eval.ScoredFact;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.extract.learn.HintedGold;
import org.chipgraph.extract.learn.PairCandidate;
import org.chipgraph.extract.learn.PairFeatures;
import org.chipgraph.extract.learn.PairLabels;
import org.chipgraph.extract.learn.RelationModel;
import org.chipgraph.extract.learn.RelationOutcome;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.Article;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Trains the relation classifier on annotated sets (each a folder with gold.tsv and corpus/): the candidate pairs the
 * rules left, labelled by the gold facts whose hint is in their sentence; the threshold from leave-one-set-out
 * cross-validation; the model written to one file. Same sets, same file.
 */
@Command(name = "train-relations", mixinStandardHelpOptions = true,
        description = {"Trains the learned relation stage's model on annotated sets (folders with gold.tsv and corpus/).",
                "Example: chipgraph-bench train-relations --out patterns/relations.model chipgraph-core/src/test/resources/team-eval-2 ..."})
public final class TrainRelationsCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where the model is written.")
    Path out;

    @Option(names = "--precision", paramLabel = "P", description = "Choose the threshold as the lowest whose held-out answers (candidate pairs) reach this precision, instead of the best held-out F1 of the facts.")
    Double precision;

    @Option(names = "--trainer", paramLabel = "GIS|QN", description = "OpenNLP maximum-entropy trainer: QN (L-BFGS, default) or GIS.")
    RelationModel.Trainer trainer = RelationModel.Trainer.QN;

    @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default 300).")
    int iterations = 300;

    @Option(names = "--regularisation", split = ",", paramLabel = "R", description = "Regularisations to compare by cross-validation (QN: L2 cost, GIS: prior width, 0 none; default 0.1,1,3); the one with most right held-out answers at the threshold is used.")
    List<Double> regularisations = List.of(0.1, 1.0, 3.0);

    @Option(names = "--show-wrong", paramLabel = "N", description = "Print N held-out answers that disagree with their label (only for sets you may read).")
    int showWrong;

    @Parameters(arity = "1..*", paramLabel = "SET", description = "Folders with gold.tsv and corpus/.")
    List<Path> sets;

    @Override
    public Integer call() throws Exception {
        ReferenceData reference = ReferenceData.load();
        NewsExtractor extractor = new NewsExtractor(reference);
        ArticleReader reader = new ArticleReader(new LanguageDetector(), null);
        List<RelationCrossValidation.Example> examples = new ArrayList<>();
        for (Path set : sets.stream().sorted().toList()) examples.addAll(examples(set, extractor, reader));
        // (the scorer's matching is per document: a set's facts are scored against its own gold)
        System.out.printf("%d candidates from %d sets%n", examples.size(), sets.size());
        RelationModel.Settings best = null;
        double t = 1, bestRight = -1;
        List<RelationCrossValidation.Answer> bestAnswers = null;
        for (double r : regularisations) {
            RelationModel.Settings settings = new RelationModel.Settings(trainer, iterations, r);
            System.out.printf("%n%s%n", settings);
            List<RelationCrossValidation.Answer> answers = new RelationCrossValidation(examples).answers(settings);
            double[] tr = RelationCrossValidation.thresholdAndRight(answers, precision == null ? 0.9 : precision, System.out);
            if (precision == null) tr[0] = RelationCrossValidation.thresholdByF1(answers, gold, ruleFacts, System.out);
            if (tr[1] > bestRight || best == null) { best = settings; t = tr[0]; bestRight = tr[1]; bestAnswers = answers; }
        }
        System.out.printf("%nchosen: %s%n", best);
        RelationCrossValidation.report(bestAnswers, t, System.out);
        if (showWrong > 0) RelationCrossValidation.wrong(bestAnswers, Math.min(t, 0.5), showWrong, System.out);
        RelationModel model = RelationModel.train(examples.stream().map(RelationCrossValidation.Example::event).toList(), best, t);
        Files.write(out, model.bytes());
        System.out.printf("%nwrote %s (threshold %.2f)%n", out, t);
        return 0;
    }

    /** Per set: its gold facts and its rule facts, as the scorer sees them. */
    private final Map<String, List<ScoredFact>> gold = new java.util.TreeMap<>(), ruleFacts = new java.util.TreeMap<>();

    private List<RelationCrossValidation.Example> examples(Path set, NewsExtractor extractor, ArticleReader reader) throws Exception {
        Path goldFile = set.resolve("gold.tsv"), corpus = set.resolve("corpus");
        if (!Files.isRegularFile(goldFile) || !Files.isDirectory(corpus)) throw new InputError(set + ": expected a folder with gold.tsv and corpus/");
        Map<String, List<HintedGold>> byDoc = new LinkedHashMap<>();
        for (HintedGold g : HintedGold.read(goldFile)) byDoc.computeIfAbsent(g.doc(), d -> new ArrayList<>()).add(g);
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) { files = s.filter(Files::isRegularFile).sorted().toList(); }
        String name = set.getFileName().toString();
        gold.put(name, ScoredFact.read(goldFile));
        List<ScoredFact> rules = new ArrayList<>();
        ruleFacts.put(name, rules);
        List<RelationCrossValidation.Example> out = new ArrayList<>();
        for (Path file : files) {
            String doc = file.getFileName().toString();
            if (!byDoc.containsKey(doc)) continue;
            Article a = reader.read(file);
            NewsExtractor.Analysis an = extractor.analyse(a, "urn:train:" + name + "/" + doc);
            PairLabels labels = new PairLabels(byDoc.get(doc));
            for (var f : an.ruleFacts()) {
                if (f.stance() != org.chipgraph.fact.Stance.DENIED) rules.add(ScoredFact.of(doc, f.subject().label(), f.relation().localName, f.object() != null ? f.object().label() : ""));
            }
            for (PairCandidate c : PairCandidate.of(an.mentions(), an.ruleFacts())) {
                RelationOutcome gold = labels.label(c);
                String[] features = PairFeatures.of(c.sentence(), c.first(), c.second()).toArray(String[]::new);
                out.add(new RelationCrossValidation.Example(name, doc, new Event(gold.name(), features), gold,
                        c.firstMention().entities().get(0), c.secondMention().entities().get(0), c.sentence().text()));
            }
        }
        return out;
    }
}
