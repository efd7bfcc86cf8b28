package org.chipgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.chipgraph.error.InputError;
import org.chipgraph.extract.csv.CsvIngest;
import org.chipgraph.extract.csv.IngestResult;
import org.chipgraph.store.BulkLoad;
import org.chipgraph.store.Dirs;
import org.chipgraph.store.FileErrors;
import org.chipgraph.store.Loader;
import org.chipgraph.store.Manifest;
import org.chipgraph.store.NQuadsFile;

/**
 * A table too large for one write transaction: a TDB2 transaction keeps its changes in memory until commit, so
 * the heap grows with the table. Its rows are mapped to an N-Quads file instead (streamed: flat memory), which
 * TDB2's bulk loader loads into a fresh generation of the store, switched in at the end as 'chipgraph load' does:
 * the table's graph is replaced whole or not at all, and the store must not be open in this process meanwhile.
 */
public final class TableBulkLoad {
    private TableBulkLoad() {}

    public static IngestResult load(CsvIngest tables, Path storeDir, Path csv, String relativeName, Optional<Path> mapping,
                             boolean skipBadRows, Path skippedReport) {
        return load(tables, storeDir, csv, relativeName, mapping, skipBadRows, skippedReport, Loader.forThisJvm());
    }

    /** As above with a given TDB2 loader (a bench compares them). */
    public static IngestResult load(CsvIngest tables, Path storeDir, Path csv, String relativeName, Optional<Path> mapping,
                             boolean skipBadRows, Path skippedReport, Loader loader) {
        Path parent = storeDir.toAbsolutePath().getParent();
        Path work;
        try {
            // Beside the store, on its file system: the file is as large as the table's quads.
            work = Files.createTempDirectory(parent, ".chipgraph-table-");
        } catch (IOException e) {
            throw new InputError(parent + ": cannot create a work folder for " + csv + " (" + FileErrors.plain(e) + ")");
        }
        try {
            Path nq = work.resolve("table.nq");
            IngestResult result;
            Manifest written;
            try (NQuadsFile file = new NQuadsFile(nq)) {
                result = tables.map(csv, relativeName, mapping, skipBadRows, skippedReport, file);
                written = file.commit();
            } catch (IOException e) {
                throw new InputError(work + ": cannot write the table's quads for " + csv + " (" + FileErrors.plain(e) + "); the store is unchanged");
            }
            BulkLoad.loadWritten(storeDir, nq, written, loader);
            return result;
        } finally {
            Dirs.deleteTree(work);
        }
    }
}
