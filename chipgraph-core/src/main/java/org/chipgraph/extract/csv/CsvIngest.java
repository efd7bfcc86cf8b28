package org.chipgraph.extract.csv;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.error.InputError;
import org.chipgraph.rdf.DocumentGraph;
import org.chipgraph.rdf.Iris;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.TdbStore;

/**
 * Ingests a CSV file into the store by a declarative mapping: one file is one named graph
 * ({@link Iris#document}) written in one transaction, all or nothing. Rows are read, mapped and written
 * one at a time. A bad row is an {@link InputError} naming file, row, line and column, unless
 * {@code skipBadRows}, which leaves it out and reports it in a TSV.
 */
public final class CsvIngest {

    private final MappingLibrary library;
    private final EntityResolver resolver;
    private final boolean fullArq;

    public CsvIngest(MappingLibrary library, EntityResolver resolver) {
        this(library, resolver, false);
    }

    private CsvIngest(MappingLibrary library, EntityResolver resolver, boolean fullArq) {
        this.library = library;
        this.resolver = resolver;
        this.fullArq = fullArq;
    }

    /** The same ingest with every row run through ARQ's query engine, even for a compiled mapping (to check that both agree). */
    CsvIngest withFullArq() {
        return new CsvIngest(library, resolver, true);
    }

    /** With the project's mappings, reference entities and resolution rules. */
    public static CsvIngest standard() {
        return of(ReferenceData.load());
    }

    /** With the project's mappings and resolution rules, resolving against already loaded reference data. */
    public static CsvIngest of(ReferenceData reference) {
        return new CsvIngest(MappingLibrary.bundled(), new EntityResolver(reference.entities(), ResolutionRules.load()));
    }

    public MappingLibrary library() { return library; }

    public EntityResolver resolver() { return resolver; }

    /**
     * Replaces the file's graph in {@code store} with the mapped rows.
     * @param mappingFile a mapping to use; empty chooses one of the bundled mappings by the file's header
     * @param skippedReport where --skip-bad-rows writes the skipped rows (TSV); may be null when not skipping
     */
    public IngestResult ingest(TdbStore store, Path csv, Optional<Path> mappingFile, boolean skipBadRows, Path skippedReport) {
        return ingest(store, csv, csv.getFileName().toString(), mappingFile, skipBadRows, skippedReport);
    }

    /** As above, the table's document named by its path under the ingested folder (two tables of one name in two folders are two documents). */
    public IngestResult ingest(TdbStore store, Path csv, String relativeName, Optional<Path> mappingFile, boolean skipBadRows, Path skippedReport) {
        CsvMapping mapping = mappingFor(csv, mappingFile);
        String docIri = Iris.documentAt(relativeName);
        IngestResult[] result = new IngestResult[1];
        store.replaceGraph(docIri, sink -> result[0] = map(csv, docIri, mapping, skipBadRows, skippedReport, sink));
        return result[0];
    }

    /** The mapping for a file: the given one, or the bundled one its header fits. */
    public CsvMapping mappingFor(Path csv, Optional<Path> mappingFile) {
        if (mappingFile.isPresent()) return MappingLibrary.read(mappingFile.get());
        try {
            if (java.nio.file.Files.size(csv) == 0) throw new InputError(csv + ": empty file, expected a header row and data rows");
        } catch (java.io.IOException e) {
            throw new InputError(csv + ": cannot read (" + e.getMessage() + "), expected a readable CSV file");
        }
        java.util.Map<CsvDialect, List<String>> headers = new java.util.HashMap<>();
        InputError[] unreadable = new InputError[1];
        try {
            return library.choose(csv.getFileName().toString(), d -> headers.computeIfAbsent(d, k -> {
                try {
                    return CsvSource.header(csv, k);
                } catch (InputError e) {
                    // not valid in this mapping's encoding: another mapping may declare the file's encoding
                    if (unreadable[0] == null) unreadable[0] = e;
                    return null;
                }
            }));
        } catch (InputError e) {
            if (unreadable[0] != null) throw unreadable[0];
            boolean nul = headers.values().stream().anyMatch(h -> h != null && h.stream().anyMatch(c -> c != null && c.indexOf('\0') >= 0));
            if (nul) throw new InputError(csv + ": row 1 (the header) holds NUL characters, expected text in a mapping's encoding (is the file UTF-16 or binary?)");
            throw e;
        }
    }

    /** Maps the file's rows to quads of its document graph, streamed to {@code sink} (for the store, or a bench). */
    public IngestResult map(Path csv, CsvMapping mapping, boolean skipBadRows, Path skippedReport, Consumer<Quad> sink) {
        return map(csv, Iris.document(csv.getFileName().toString()), mapping, skipBadRows, skippedReport, sink);
    }

    IngestResult map(Path csv, String docIri, CsvMapping mapping, boolean skipBadRows, Path skippedReport, Consumer<Quad> sink) {
        String fileName = csv.getFileName().toString();
        long rows = 0, mapped = 0, quads = 0;
        // without a report path, --skip-bad-rows writes FILE.skipped.tsv in the working folder
        Path report = skipBadRows ? (skippedReport != null ? skippedReport : Path.of(fileName + ".skipped.tsv")) : null;
        SkippedRows skipped = skipBadRows ? new SkippedRows(report) : null;
        try (CsvSource source = new CsvSource(csv, mapping.dialect())) {
            Iterator<CSVRecord> it = source.records();
            long lastLine = 0;
            List<String> header = new ArrayList<>();
            if (!hasNext(it, csv, mapping, 0, 1, null)) throw new InputError(csv + ": empty file, expected a header row and data rows");
            it.next().forEach(header::add);
            lastLine = source.line();
            RowBinder binder = new RowBinder(mapping, header, fileName);
            MappingExecutor executor = new MappingExecutor(mapping, docIri, resolver, fullArq);
            while (true) {
                long row = rows + 1;
                long line = lastLine + 1;
                boolean more;
                try {
                    more = hasNext(it, csv, mapping, row, line, skipped);
                } catch (StopAtRow stop) {
                    rows++;
                    break;
                }
                if (!more) break;
                CSVRecord record = it.next();
                rows++;
                lastLine = source.line();
                try {
                    List<org.apache.jena.sparql.engine.binding.Binding> bindings = binder.bind(record);
                    if (!bindings.isEmpty()) {
                        quads += executor.map(row, bindings, sink);
                        mapped++;
                    }
                } catch (RowException e) {
                    String where = csv + ": row " + row + " (line " + line + ")" + (e.column() != null ? ", column '" + e.column() + "'" : "");
                    if (skipped == null) throw new InputError(where + ": " + e.getMessage() + " (use --skip-bad-rows to load the other rows)");
                    skipped.add(fileName, row, line, e.column(), e.getMessage());
                }
            }
            String sha = source.sha256();
            List<Quad> docQuads = DocumentGraph.ofTable(docIri, fileName, sha, csv.toAbsolutePath().normalize().toString(), mapping.name());
            docQuads.forEach(sink);
            quads += docQuads.size();
            return new IngestResult(docIri, mapping.name(), rows, mapped, skipped == null ? 0 : skipped.count(), quads, sha, report);
        } finally {
            if (skipped != null) skipped.close();
        }
    }

    /** Signals that reading stopped at a broken record that --skip-bad-rows left out (nothing can follow it). */
    private static final class StopAtRow extends RuntimeException {
        StopAtRow() { super(null, null, false, false); }
    }

    /** Advances the parser, turning its errors into input errors (or, for a broken last record, a skipped row). */
    private static boolean hasNext(Iterator<CSVRecord> it, Path csv, CsvMapping mapping, long row, long line, SkippedRows skipped) {
        try {
            return it.hasNext();
        } catch (UncheckedIOException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CharacterCodingException) throw CsvSource.invalidEncoding(csv, mapping.dialect(), mapping.name());
            String msg = MappingParser.oneLine(cause != null ? cause.getMessage() : e.getMessage());
            if (skipped != null) {
                skipped.add(csv.getFileName().toString(), row, line, null, "unreadable record: " + msg);
                throw new StopAtRow();
            }
            throw new InputError(csv + ": row " + row + " (line " + line + "): unreadable record (" + msg
                    + "), expected well-formed CSV (a quoted cell must end with a quote)");
        }
    }
}
