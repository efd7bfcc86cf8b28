package org.chipgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chipgraph.error.InputError;
import org.chipgraph.eval.ConfidenceBands;
import org.chipgraph.eval.MentionedDocuments;
import org.chipgraph.eval.MissKinds;
import org.chipgraph.eval.RegistryNames;
import org.chipgraph.eval.ScoredFact;
import org.chipgraph.eval.SentenceSignals;
import org.chipgraph.ingest.IngestSummary;
import org.chipgraph.ingest.IngestJob;
import org.chipgraph.ingest.SourceFiles;
import org.chipgraph.query.FactsTable;
import org.chipgraph.query.QuestionLibrary;
import org.chipgraph.query.ResultFormat;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure the extractor: ingest DOCS into a temporary store, read the facts back",
                "(as 'facts' does), score them against GOLD.tsv with the scorer (score.py), and",
                "print its per-relation table, then precision at confidence >= 0.8 and >= 0.5, and of each",
                "confidence band (0.8-1.0, 0.7-0.8, 0.6-0.7, 0.5-0.6, 0.0-0.5).",
                "With --miss-kinds, also count each missed gold fact and each extra fact by kind",
                "(why it was missed or extra), language and relation: counts only, never names or",
                "text, so it may run on held-out sets (docs/extraction-misses.md)."},
        footer = {"%nExamples:",
                "  chipgraph eval ../shared/eval/dev/gold.tsv ../shared/eval/dev/corpus ../shared/corpus",
                "  chipgraph eval --miss-kinds ../shared/eval/dev/gold.tsv ../shared/eval/dev/corpus ../shared/corpus"})
public final class EvalCommand implements Callable<Integer> {
    @Mixin Output console;
    @Mixin ExtractionOptions extraction;
    @Mixin Debug debug;

    @Parameters(index = "0", paramLabel = "GOLD.tsv", description = "Gold facts (doc subject relation object quantity date ...).")
    Path gold;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "DOCS", description = "Article files or folders.")
    List<Path> docs;

    @Option(names = "--scorer", paramLabel = "score.py", description = "The scorer (default: score.py beside GOLD.tsv's folder, i.e. GOLD/../score.py).")
    Path scorer;

    @Option(names = "--python", paramLabel = "CMD", description = "Python interpreter (default: ${DEFAULT-VALUE}).")
    String python = "python3";

    @Option(names = "--keep", paramLabel = "FILE.tsv", description = "Also keep the facts table in this file.")
    Path keep;

    @Option(names = "--verbose", description = "Pass --verbose to the scorer (lists missed and extra facts); with --miss-kinds, also each missed and extra fact with its kind and, for a miss in one sentence, that sentence.")
    boolean verbose;

    @Option(names = "--miss-kinds", description = "Also print the missed and extra facts counted by kind, relation and language (no names).")
    boolean missKinds;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) throw new InputError(gold + ": no such gold file, expected a TSV of gold facts");
        Path score = scorer != null ? scorer : findScorer(gold);
        Path tmp = Files.createTempDirectory("chipgraph-eval");
        try {
            ReferenceData reference = ReferenceData.load();
            List<List<String>> rows;
            IngestSummary s = IngestJob.create(reference, extraction.pipeline(reference)).keepGoing(true).progress(false)
                    .build().run(tmp.resolve("db"), SourceFiles.of(docs));
            try (TdbStore db = TdbStore.open(tmp.resolve("db"))) {
                console.err().println(s.line());
                rows = FactsTable.rows(db.datasetGraph(), QuestionLibrary.load());
            }
            Path all = write(tmp.resolve("facts.tsv"), rows);
            if (keep != null) Files.copy(all, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String langs = String.join(":", folders());
            int code = runScorer(score, all, langs, verbose, System.out);
            for (double threshold : new double[] {0.8, 0.5}) {
                List<List<String>> kept = rows.stream().filter(r -> Double.parseDouble(r.get(6)) >= threshold).toList();
                String last = summaryLine(score, write(tmp.resolve("facts-" + threshold + ".tsv"), kept), langs);
                console.out().printf("confidence >= %.1f: %d facts; %s%n", threshold, kept.size(), last);
            }
            bands(score, langs, rows, tmp);
            if (missKinds) {
                console.out().println();
                missKinds(reference, rows);
            }
            return code;
        } finally {
            org.chipgraph.store.Dirs.deleteTree(tmp);
        }
    }

    /** Counts the misses and extras by kind: the facts the scorer read, the mentions of a second extraction. */
    private void missKinds(ReferenceData reference, List<List<String>> rows) {
        List<ScoredFact> goldFacts = ScoredFact.read(gold);
        Set<String> goldDocs = new java.util.HashSet<>();
        for (ScoredFact g : goldFacts) goldDocs.add(g.doc());
        var mentions = MentionedDocuments.read(SourceFiles.of(docs), goldDocs, extraction.reader(), extraction.extractor(reference));
        MissKinds.Report report = new MissKinds(RegistryNames.of(reference), SentenceSignals.standard())
                .classify(goldFacts, ScoredFact.ofRows(rows), mentions);
        report.print(console.out());
        if (verbose) report.printFacts(console.out());
        console.out().flush();
    }

    /** The precision of each confidence band: whether higher confidence means righter facts. */
    private void bands(Path score, String langs, List<List<String>> rows, Path tmp) throws IOException, InterruptedException {
        List<String> parts = new ArrayList<>();
        for (ConfidenceBands.Band<List<String>> b : ConfidenceBands.split(rows, r -> Double.parseDouble(r.get(6)))) {
            if (b.rows().isEmpty()) { parts.add(b.label() + " 0"); continue; }
            String last = summaryLine(score, write(tmp.resolve("band-" + b.label() + ".tsv"), b.rows()), langs);
            parts.add(b.label() + " " + b.rows().size() + " " + ConfidenceBands.precision(last));
        }
        console.out().println("precision by confidence band (facts, P): " + String.join("; ", parts));
    }

    /** The scorer's last line ("P=... R=... F1=...") for a facts file, its table not printed. */
    private String summaryLine(Path score, Path facts, String langs) throws IOException, InterruptedException {
        var buf = new java.io.ByteArrayOutputStream();
        runScorer(score, facts, langs, false, new PrintStream(buf, true, StandardCharsets.UTF_8));
        return buf.toString(StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).orElse("");
    }

    private static Path findScorer(Path gold) {
        Path g = gold.toAbsolutePath().getParent();
        for (Path p = g; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("score.py"))) return p.resolve("score.py");
        }
        throw new InputError(gold + ": no score.py found beside it or above it, give --scorer PATH");
    }

    private Set<String> folders() {
        Set<String> dirs = new LinkedHashSet<>();
        for (Path d : docs) dirs.add((Files.isDirectory(d) ? d : d.toAbsolutePath().getParent()).toString());
        return dirs;
    }

    private static Path write(Path file, List<List<String>> rows) throws IOException {
        try (PrintStream ps = new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8)) {
            FactsTable.print(rows, ResultFormat.TSV, ps);
        }
        return file;
    }

    private int runScorer(Path score, Path facts, String langs, boolean verbose, PrintStream out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(python, score.toString(), gold.toString(), facts.toString(), "--langs", langs));
        if (verbose) cmd.add("--verbose");
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new InputError(python + ": cannot run the scorer (" + e.getMessage() + "), expected a Python 3 interpreter (--python)");
        }
        out.write(p.getInputStream().readAllBytes());
        out.flush();
        int code = p.waitFor();
        if (code != 0) throw new InputError(score + ": scorer failed with exit code " + code);
        return 0;
    }
}
