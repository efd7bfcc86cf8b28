package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.chipgraph.error.InputError;
import org.chipgraph.extract.csv.CsvIngest;
import org.chipgraph.rdf.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails half-way leaves the open store as good as a fresh one: the next write in the same process,
 * with the same nodes, reads them back (TDB2 kept node-table state of the aborted write in memory until the store
 * reopened its storage after an abort).
 */
class AbortedWriteTest {
    static final Path SAMPLE = Path.of("chipgraph-core/src/test/resources/csv/csl.entity-list.sample.csv");

    /** A screening-list table of {@code rows} distinct parties (enough nodes to span the node file's buffers) whose last record never ends. */
    static Path brokenTable(Path dir, int rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).get(0));
        for (int i = 0; i < rows; i++) {
            lines.add("id" + i + ",Entity List (EL) - Bureau of Industry and Security,,,,\"Party " + i + " Technology Co., Ltd.\",,\"Street " + i
                    + ", District " + (i % 97) + ", Shenzhen, CN\",\"84 FR " + i + "\",2019-05-21,,,,Presumption of denial,,,,,,,,,,,,,,,");
        }
        lines.add("\"Entity List (EL) - Bureau of Industry and Security,Unterminated Party");
        Path f = dir.resolve("broken.csv");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    static Set<String> quads(TdbStore store) {
        return store.read(d -> {
            Set<String> lines = new TreeSet<>();
            d.find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
            return lines;
        });
    }

    @Test
    void afterAnAbortedTableTheSameTableGoesInAsIntoAFreshStore(@TempDir Path dir) throws IOException {
        Path broken = brokenTable(dir, 5000);
        CsvIngest tables = CsvIngest.of(ReferenceData.load());
        Set<String> afterAbort;
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            assertThrows(InputError.class, () -> tables.ingest(store, broken, Optional.empty(), false, null));
            tables.ingest(store, broken, Optional.empty(), true, dir.resolve("skipped-1.tsv"));
            afterAbort = quads(store);
        }
        Set<String> fresh;
        try (TdbStore store = TdbStore.open(dir.resolve("fresh"))) {
            tables.ingest(store, broken, Optional.empty(), true, dir.resolve("skipped-2.tsv"));
            fresh = quads(store);
        }
        assertEquals(fresh, afterAbort);
    }
}
