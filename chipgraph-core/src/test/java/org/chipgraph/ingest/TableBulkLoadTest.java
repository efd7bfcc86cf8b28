package org.chipgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.riot.out.NodeFmtLib;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table over the size limit goes in through the bulk loader: the same quads as a transaction, all or nothing. */
class TableBulkLoadTest {
    static final Path CSV = Path.of("chipgraph-core/src/test/resources/csv");
    static final Path BAD = Path.of("chipgraph-core/src/test/resources/bad/csv");
    static final ReferenceData REFERENCE = ReferenceData.load();

    static IngestSummary ingest(Path db, long bulkOver, Path... files) {
        ArticleIngest extraction = new ArticleIngest(new ArticleReader(new LanguageDetector(), null), new NewsExtractor(REFERENCE), 1);
        return IngestJob.create(REFERENCE, extraction).progress(false).bulkTablesOver(bulkOver).build()
                .run(db, SourceFiles.of(List.of(files)));
    }

    static Set<String> quads(Path db) {
        try (TdbStore s = TdbStore.openExisting(db)) {
            return s.read(d -> {
                Set<String> lines = new TreeSet<>();
                d.find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
                return lines;
            });
        }
    }

    @Test
    void aBulkLoadedTableGivesTheSameQuadsAsOneTransaction(@TempDir Path dir) {
        Path small = CSV.resolve("providers.sample.csv");
        IngestSummary inTxn = ingest(dir.resolve("txn"), Long.MAX_VALUE, small);
        IngestSummary bulk = ingest(dir.resolve("bulk"), 0, small);
        assertEquals(1, inTxn.tables());
        assertEquals(1, bulk.tables());
        assertEquals(quads(dir.resolve("txn")), quads(dir.resolve("bulk")));
    }

    @Test
    void aBadTableOnTheBulkRouteLeavesTheStoreAsItWasAndNoWorkFiles(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        ingest(db, 0, CSV.resolve("providers.sample.csv"));
        Set<String> before = quads(db);
        IngestSummary s = ingest(db, 0, BAD.resolve("ragged-providers.csv"));
        assertEquals(1, s.failures().size(), s.toString());
        assertTrue(s.failures().get(0).message().contains("ragged-providers.csv"), s.failures().get(0).message());
        assertEquals(before, quads(db));
        try (Stream<Path> left = Files.list(dir)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".chipgraph-table-")), "work folder left behind");
        }
    }
}
