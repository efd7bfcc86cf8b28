package org.chipgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.chipgraph.error.InputError;
import org.chipgraph.extract.csv.CsvIngest;
import org.chipgraph.extract.csv.IngestResult;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.TdbStore;

/**
 * The ingest of a set of source files into a store, articles then tables, as every command runs it (ingest, demo,
 * eval): the one place the pipeline is wired. Each document is written whole or not at all; without keepGoing the job
 * stops at the first bad file and what was written before it stays.
 *
 * <pre>IngestSummary s = IngestJob.create(reference, extraction).keepGoing(true).build().run(storeDir, SourceFiles.of(paths));</pre>
 */
public final class IngestJob {
    /** Documents per write transaction: a TDB2 commit is expensive, and a batch is never split inside a document. */
    public static final int BATCH_DOCS = 200;
    /** A batch also ends once it holds this many quads, so a few very long articles do not make a huge transaction. */
    public static final int BATCH_QUADS = 200_000;
    /**
     * A table file larger than this goes in through the bulk loader: one write transaction holds its changes in
     * the heap (about 560 MB for a 1 M-row, 35 M-quad table), the bulk loader's memory stays flat.
     */
    public static final long BULK_TABLES_OVER = 64L << 20;

    private final ReferenceData reference;
    private final ArticleIngest extraction;
    private final int batchDocs;
    private final boolean keepGoing;
    private final Path mapping;
    private final boolean skipBadRows;
    private final Path skippedReport;
    private final boolean progressOnTerminal;
    private final Consumer<IngestResult> onTable;
    private final long bulkTablesOver;

    private IngestJob(Builder b) {
        this.reference = b.reference;
        this.extraction = b.extraction;
        this.batchDocs = b.batchDocs;
        this.keepGoing = b.keepGoing;
        this.mapping = b.mapping;
        this.skipBadRows = b.skipBadRows;
        this.skippedReport = b.skippedReport;
        this.progressOnTerminal = b.progressOnTerminal;
        this.onTable = b.onTable;
        this.bulkTablesOver = b.bulkTablesOver;
    }

    public static Builder create(ReferenceData reference, ArticleIngest extraction) {
        return new Builder(reference, extraction);
    }

    /**
     * Ingests the articles of {@code sources}, then (when none failed, or keepGoing) its tables, into the store in
     * {@code storeDir} (created if need be). The job opens the store itself and closes it when done: a table over
     * {@link Builder#bulkTablesOver} goes in through the bulk loader, which needs the store closed.
     */
    public IngestSummary run(Path storeDir, SourceFiles sources) {
        CsvIngest tables = sources.tables().isEmpty() ? null : CsvIngest.of(reference);
        Map<Boolean, List<Path>> bySize = sources.tables().stream().collect(Collectors.partitioningBy(this::large));
        IngestSummary summary;
        try (TdbStore store = TdbStore.open(storeDir)) {
            summary = new Ingestor(reference, extraction, batchDocs, BATCH_QUADS)
                    .ingest(store, sources, keepGoing, new Progress("ingest", sources.articles().size(), progressOnTerminal && Progress.onTerminal()));
            if (tables == null || !(summary.failures().isEmpty() || keepGoing)) return summary;
            summary = ingestTables(bySize.get(false), "tables", sources, summary,
                    (csv, report) -> tables.ingest(store, csv, sources.relativeName(csv), Optional.ofNullable(mapping), skipBadRows, report));
        }
        if (!(summary.failures().isEmpty() || keepGoing)) return summary;
        return ingestTables(bySize.get(true), "large tables", sources, summary,
                (csv, report) -> TableBulkLoad.load(tables, storeDir, csv, sources.relativeName(csv), Optional.ofNullable(mapping), skipBadRows, report));
    }

    /** How one table goes in: in a transaction of the open store, or through the bulk loader. */
    private interface TableLoad {
        IngestResult load(Path csv, Path skippedReport);
    }

    private boolean large(Path csv) {
        try {
            return Files.size(csv) > bulkTablesOver;
        } catch (IOException e) {
            return false; // the table's own reading says what is wrong with it
        }
    }

    /** Each table is one named graph, replaced whole or not at all; a bad table leaves the store as it was. */
    private IngestSummary ingestTables(List<Path> these, String label, SourceFiles sources, IngestSummary articles, TableLoad how) {
        if (these.isEmpty()) return articles;
        long t0 = System.nanoTime();
        int done = 0;
        long quads = 0;
        long facts = 0;
        List<Failure> failures = new ArrayList<>(articles.failures());
        List<String> graphs = new ArrayList<>(articles.graphs());
        Progress progress = new Progress(label, these.size(), progressOnTerminal && Progress.onTerminal());
        for (Path csv : these) {
            try {
                Path report = skippedReport != null && sources.tables().size() == 1 ? skippedReport : null;
                IngestResult r = how.load(csv, report);
                onTable.accept(r);
                done++;
                quads += r.quads();
                graphs.add(r.graphIri());
                facts += r.mapped();
            } catch (InputError e) {
                failures.add(new Failure(csv, e.getMessage()));
                if (!keepGoing) break;
            }
            progress.update(done + failures.size() - articles.failures().size());
        }
        return new IngestSummary(articles.documents(), articles.tables() + done, articles.facts() + facts, articles.entities(), articles.quads() + quads,
                articles.skipped(), articles.seconds() + (System.nanoTime() - t0) / 1e9, List.copyOf(failures), graphs);
    }

    /** Options of a job; defaults: batches of {@link #BATCH_DOCS}, stop at the first failure, tables mapped by header. */
    public static final class Builder {
        private final ReferenceData reference;
        private final ArticleIngest extraction;
        private int batchDocs = BATCH_DOCS;
        private boolean keepGoing;
        private Path mapping;
        private boolean skipBadRows;
        private Path skippedReport;
        private boolean progressOnTerminal = true;
        private Consumer<IngestResult> onTable = r -> {};
        private long bulkTablesOver = BULK_TABLES_OVER;

        private Builder(ReferenceData reference, ArticleIngest extraction) {
            this.reference = reference;
            this.extraction = extraction;
        }

        public Builder batchDocs(int n) {
            if (n < 1) throw new InputError("--batch-docs must be 1 or more, got " + n);
            this.batchDocs = n;
            return this;
        }

        public Builder keepGoing(boolean b) { this.keepGoing = b; return this; }

        /** One mapping for every table (null: each table's mapping is chosen by its header). */
        public Builder mapping(Path m) { this.mapping = m; return this; }

        /** Load a table's good rows; the bad ones go to {@code report} (one table only) or FILE.skipped.tsv. */
        public Builder skipBadRows(boolean b, Path report) { this.skipBadRows = b; this.skippedReport = report; return this; }

        /** Whether to show progress bars when stderr is a terminal (never otherwise). */
        public Builder progress(boolean onTerminal) { this.progressOnTerminal = onTerminal; return this; }

        /** Told of each table as it lands (its summary line). */
        public Builder onTable(Consumer<IngestResult> c) { this.onTable = c; return this; }

        /** Tables larger than this many bytes go in through the bulk loader (0: every table). */
        public Builder bulkTablesOver(long bytes) {
            if (bytes < 0) throw new InputError("--bulk-over must be 0 or more, got " + bytes);
            this.bulkTablesOver = bytes;
            return this;
        }

        public IngestJob build() { return new IngestJob(this); }
    }
}
