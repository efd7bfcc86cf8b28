package org.chipgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chipgraph.extract.csv.CsvIngest;
import org.chipgraph.extract.csv.IngestResult;
import java.util.concurrent.Callable;
import org.chipgraph.error.InputError;
import org.chipgraph.ingest.Failure;
import org.chipgraph.ingest.IngestSummary;
import org.chipgraph.ingest.Ingestor;
import org.chipgraph.ingest.Progress;
import org.chipgraph.ingest.SourceFiles;
import org.chipgraph.ingest.WrittenCounts;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract facts from news articles (.txt) and map tables (.csv, by mappings/) into the store,",
                "one named graph per document.",
                "Folders are walked; files other than .txt and .csv are skipped and counted.",
                "Re-ingesting a file replaces its graph. Each document is written whole or not at all."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin ExtractionOptions extraction;
    @Mixin Debug debug;
    @Mixin EndpointIngest endpoint;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles (.txt), tables (.csv) or folders of them.")
    List<Path> inputs;

    @Option(names = "--keep-going", description = "Ingest the good files and list the failures at the end (exit 1 if any).")
    boolean keepGoing;

    @Option(names = "--mapping", paramLabel = "FILE.rq", description = "CSV mapping to use for the tables (default: chosen by each file's header from mappings/).")
    Path mapping;

    @Option(names = "--skip-bad-rows", description = "Load a table's good rows and write the bad ones to a report (FILE.skipped.tsv, or --skipped-report).")
    boolean skipBadRows;

    @Option(names = "--skipped-report", paramLabel = "FILE.tsv", description = "Where --skip-bad-rows writes the skipped rows (one table only).")
    Path skippedReport;

    @Option(names = "--batch-docs", paramLabel = "N", description = "Documents per write transaction (default: ${DEFAULT-VALUE}).")
    int batchDocs = 200;

    enum CompactWhen { AUTO, ALWAYS, NEVER }

    @Option(names = "--compact", paramLabel = "WHEN",
            description = "Compact the store after ingest: auto (when 1000 or more documents were written), always, never (default: ${DEFAULT-VALUE}).")
    CompactWhen compact = CompactWhen.AUTO;

    /** TDB2 grows with every transaction and never reuses space in place: large ingests are worth compacting. */
    static final int COMPACT_AUTO_DOCS = 1000;

    @Override
    public Integer call() {
        SourceFiles sources = SourceFiles.of(inputs);
        ReferenceData reference = ReferenceData.load();
        // The pipeline (options, models) is ready before the store is opened: a bad --date never touches the store.
        var pipeline = extraction.pipeline(reference);
        if (endpoint.enabled()) return endpoint.ingest(sources, reference, pipeline, keepGoing);
        CsvIngest tables = sources.tables().isEmpty() ? null : CsvIngest.of(reference);
        try (TdbStore db = TdbStore.open(store.db)) {
            var ingestor = new Ingestor(reference, pipeline, batchDocs, 200_000);
            IngestSummary summary = ingestor.ingest(db, sources,
                    keepGoing, new Progress("ingest", sources.articles().size(), Progress.onTerminal()));
            List<Failure> failures = new ArrayList<>(summary.failures());
            if (tables != null && (failures.isEmpty() || keepGoing)) {
                summary = ingestTables(db, tables, sources, summary, failures);
            }
            // Counted in the store, as 'chipgraph stats' counts: what was extracted can collapse (a fact said twice).
            WrittenCounts written = WrittenCounts.of(db, summary.graphs());
            System.out.println(written.line(summary));
            System.out.println(WrittenCounts.storeLine(db));
            if (compact == CompactWhen.ALWAYS || compact == CompactWhen.AUTO && summary.documents() >= COMPACT_AUTO_DOCS) {
                long before = org.chipgraph.store.Dirs.diskUsage(store.db);
                db.compact();
                System.out.printf("compacted the store: %.1f MB -> %.1f MB%n", before / 1e6, org.chipgraph.store.Dirs.diskUsage(store.db) / 1e6);
            }
            return reportFailures(failures);
        }
    }

    /** Each table is one named graph in one transaction; a bad table leaves the store as it was. */
    private IngestSummary ingestTables(TdbStore db, CsvIngest tables, SourceFiles sources, IngestSummary articles, List<Failure> failures) {
        long t0 = System.nanoTime();
        int done = 0;
        long quads = 0;
        long facts = 0;
        List<String> graphs = new ArrayList<>(articles.graphs());
        Progress progress = new Progress("tables", sources.tables().size(), Progress.onTerminal());
        for (Path csv : sources.tables()) {
            try {
                Path report = skippedReport != null && sources.tables().size() == 1 ? skippedReport : null;
                IngestResult r = tables.ingest(db, csv, sources.relativeName(csv), Optional.ofNullable(mapping), skipBadRows, report);
                System.out.println(r.summary());
                done++;
                quads += r.quads();
                graphs.add(r.graphIri());
                facts += r.mapped();
            } catch (InputError e) {
                failures.add(new Failure(csv, e.getMessage()));
                if (!keepGoing) break;
            }
            progress.update(done + failures.size());
        }
        return new IngestSummary(articles.documents(), done, articles.facts() + facts, articles.entities(), articles.quads() + quads,
                articles.skipped(), articles.seconds() + (System.nanoTime() - t0) / 1e9, List.copyOf(failures), graphs);
    }

    static int reportFailures(List<Failure> failures) {
        if (failures.isEmpty()) return 0;
        if (failures.size() == 1) {
            System.err.println("chipgraph: " + failures.get(0).message());
        } else {
            System.err.println("chipgraph: " + failures.size() + " files failed:");
            failures.forEach(f -> System.err.println("  " + f.message()));
        }
        return 1;
    }
}
