package org.chipgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chipgraph.ingest.Failure;
import org.chipgraph.ingest.IngestJob;
import org.chipgraph.ingest.IngestSummary;
import org.chipgraph.ingest.SourceFiles;
import org.chipgraph.ingest.WrittenCounts;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        footer = "%nExample: chipgraph ingest --db chipgraph-db samples/ samples-tables/",
        description = {"Extract facts from news articles (.txt) and map tables (.csv, by mappings/) into the store,",
                "one named graph per document.",
                "Folders are walked; files other than .txt and .csv are skipped and counted.",
                "Re-ingesting a file replaces its graph. Each document is written whole or not at all."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin Output console;
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
    int batchDocs = IngestJob.BATCH_DOCS;

    @Option(names = "--bulk-over", paramLabel = "MB",
            description = "Tables larger than this go in through the bulk loader, memory flat, the store switched at the end (default: ${DEFAULT-VALUE}; 0: every table).")
    long bulkOverMb = IngestJob.BULK_TABLES_OVER >> 20;

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
        if (endpoint.enabled()) return endpoint.ingest(sources, reference, pipeline, keepGoing, console);
        IngestJob job = IngestJob.create(reference, pipeline).batchDocs(batchDocs).keepGoing(keepGoing).mapping(mapping)
                .skipBadRows(skipBadRows, skippedReport).bulkTablesOver(bulkOverMb << 20).onTable(r -> console.out().println(r.summary())).build();
        IngestSummary summary = job.run(store.db, sources);
        try (TdbStore db = TdbStore.open(store.db)) {
            // Counted in the store, as 'chipgraph stats' counts: what was extracted can collapse (a fact said twice).
            WrittenCounts written = WrittenCounts.of(db, summary.graphs());
            console.out().println(written.line(summary));
            console.out().println(WrittenCounts.storeLine(db));
            if (compact == CompactWhen.ALWAYS || compact == CompactWhen.AUTO && summary.documents() >= COMPACT_AUTO_DOCS) {
                long before = org.chipgraph.store.Dirs.diskUsage(store.db);
                db.compact();
                console.out().printf("compacted the store: %.1f MB -> %.1f MB%n", before / 1e6, org.chipgraph.store.Dirs.diskUsage(store.db) / 1e6);
            }
            return console.reportFailures(summary.failures());
        }
    }
}
