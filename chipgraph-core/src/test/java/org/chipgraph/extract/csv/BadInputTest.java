package org.chipgraph.extract.csv;

import static org.chipgraph.extract.csv.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.error.InputError;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is a one-line error naming file, row and column (or mapping line), and leaves the store as it was. */
class BadInputTest {

    static final String OWNERS_HEADER = "Name,Chip manufacturer,Owner,Start date,End date,Compute estimate in H100e (median),H100e (5th percentile),"
            + "H100e (95th percentile),Number of Units,Number of Units (5th percentile),Number of Units (95th percentile),Total TDP (W),"
            + "Total TDP (W) (5th percentile),Total TDP (W) (95th percentile),Chip type,Incomplete,Source / Link,Notes\n";
    static final String GOOD_ROW = "Meta A100 through Q1 2022,Nvidia,Meta,1/1/2022,3/31/2022,7759,4573,13410,24610,14505,42530,9844087,5802148,17012155,A100,,,note\n";

    /** A store holding one ingested file and an earlier version of the file about to fail. */
    private static TdbStore storeWithData(Path dir, Path failing) throws Exception {
        TdbStore store = TdbStore.open(dir.resolve("db"));
        load(store, "csl.entity-list.sample.csv");
        Files.writeString(failing, OWNERS_HEADER + GOOD_ROW);
        ingest().ingest(store, failing, Optional.empty(), false, null);
        return store;
    }

    private static InputError failsLeavingStoreUnchanged(TdbStore store, Path csv, Optional<Path> mapping) {
        Set<Quad> before = snapshot(store);
        long count = store.quadCount();
        InputError e = assertThrows(InputError.class, () -> ingest().ingest(store, csv, mapping, false, null));
        assertEquals(count, store.quadCount());
        assertEquals(before, snapshot(store));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    @Test
    void aRowWithTheWrongNumberOfCellsNamesFileAndRow(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("owners.csv");
        try (TdbStore store = storeWithData(dir, csv)) {
            Files.writeString(csv, OWNERS_HEADER + GOOD_ROW + "Meta A100 short row,Nvidia,Meta,1/1/2022\n");
            InputError e = failsLeavingStoreUnchanged(store, csv, Optional.empty());
            assertTrue(e.getMessage().contains("owners.csv: row 2 (line 3)"), e.getMessage());
            assertTrue(e.getMessage().contains("4 cells, expected 18"), e.getMessage());
        }
    }

    @Test
    void aCellThatDoesNotParseAsItsTypeNamesRowColumnAndFormat(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("owners.csv");
        try (TdbStore store = storeWithData(dir, csv)) {
            Files.writeString(csv, OWNERS_HEADER + GOOD_ROW + GOOD_ROW.replace("3/31/2022", "2022-03-31"));
            InputError e = failsLeavingStoreUnchanged(store, csv, Optional.empty());
            assertTrue(e.getMessage().contains("row 2 (line 3), column 'End date': '2022-03-31' is not a date in format M/d/[uuuu][uu]"), e.getMessage());
        }
    }

    @Test
    void aNumberCellWithTextNamesTheColumn(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("owners.csv");
        try (TdbStore store = storeWithData(dir, csv)) {
            Files.writeString(csv, OWNERS_HEADER + GOOD_ROW.replace(",24610,", ",about 24k,"));
            InputError e = failsLeavingStoreUnchanged(store, csv, Optional.empty());
            assertTrue(e.getMessage().contains("row 1 (line 2), column 'Number of Units': 'about 24k' is not a decimal number"), e.getMessage());
        }
    }

    @Test
    void aFileInAnotherEncodingIsRejected(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("owners.csv");
        try (TdbStore store = storeWithData(dir, csv)) {
            Files.write(csv, (OWNERS_HEADER + GOOD_ROW.replace("note", "Société Générale")).getBytes(StandardCharsets.ISO_8859_1));
            InputError e = failsLeavingStoreUnchanged(store, csv, Optional.empty());
            assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
            assertTrue(e.getMessage().contains("owners.csv: line 2 (byte 0xE9 at offset"), e.getMessage());
        }
    }

    @Test
    void anUnterminatedQuotedCellIsRejectedWithItsRow(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("owners.csv");
        try (TdbStore store = storeWithData(dir, csv)) {
            Files.writeString(csv, OWNERS_HEADER + GOOD_ROW + GOOD_ROW.replace(",note", ",\"note cut off"));
            InputError e = failsLeavingStoreUnchanged(store, csv, Optional.empty());
            assertTrue(e.getMessage().contains("row 2 (line 3): unreadable record"), e.getMessage());
        }
    }

    @Test
    void aMappingThatNamesAMissingColumnNamesTheMappingLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("owners.csv");
        try (TdbStore store = storeWithData(dir, csv)) {
            Path mapping = dir.resolve("bad.rq");
            Files.writeString(mapping, """
                    # a mapping that expects a column the file lacks
                    #@ column ?name "Name"
                    #@ column ?region "Region"
                    CONSTRUCT { ?s <urn:p> ?region } WHERE { BIND(IRI(CONCAT("urn:x:", ENCODE_FOR_URI(?name))) AS ?s) }
                    """);
            InputError e = failsLeavingStoreUnchanged(store, csv, Optional.of(mapping));
            assertTrue(e.getMessage().startsWith(mapping + ":3: column 'Region' (?region) is not in the header of owners.csv"), e.getMessage());
        }
    }

    @Test
    void aMappingWithASyntaxErrorNamesTheMappingLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("owners.csv");
        try (TdbStore store = storeWithData(dir, csv)) {
            Path mapping = dir.resolve("broken.rq");
            Files.writeString(mapping, """
                    #@ column ?name "Name"
                    PREFIX cg: <https://w3id.org/chipgraph/ontology#>
                    CONSTRUCT { ?s cg:label ?name }
                    WHERE { BIND(IRI(?name) AS ?s }
                    """);
            InputError e = failsLeavingStoreUnchanged(store, csv, Optional.of(mapping));
            assertTrue(e.getMessage().startsWith(mapping + ":4: SPARQL syntax error"), e.getMessage());
        }
    }

    @Test
    void aMappingWithAnUnknownTypeNamesTheMappingLine(@TempDir Path dir) {
        InputError e = assertThrows(InputError.class, () -> MappingParser.parse("m.rq", "mappings/m.rq",
                "# m\n#@ column ?name \"Name\" type=money\nCONSTRUCT {} WHERE {}\n"));
        assertTrue(e.getMessage().startsWith("mappings/m.rq:2: unknown type 'money'"), e.getMessage());
    }

    @Test
    void aFileNoMappingFitsListsTheCandidates(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("other.csv");
        Files.writeString(csv, "a,b,c\n1,2,3\n");
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            InputError e = assertThrows(InputError.class, () -> ingest().ingest(store, csv, Optional.empty(), false, null));
            assertTrue(e.getMessage().contains("no mapping fits its header"), e.getMessage());
            assertTrue(e.getMessage().contains("us-csl.rq") && e.getMessage().contains("epoch-chip-owners.rq"), e.getMessage());
            assertEquals(0, store.quadCount());
        }
    }

    @Test
    void skipBadRowsLoadsTheOtherRowsAndReportsTheSkippedOnes(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("owners.csv");
        Files.writeString(csv, OWNERS_HEADER + GOOD_ROW + "short,row\n" + GOOD_ROW.replace("3/31/2022", "March 31").replace("Meta A100", "Meta A100 b")
                + GOOD_ROW.replace("Meta,1/1", "Microsoft,1/1"));
        Path report = dir.resolve("skipped.tsv");
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            IngestResult r = ingest().ingest(store, csv, Optional.empty(), true, report);
            assertEquals(4, r.rows());
            assertEquals(2, r.mapped());
            assertEquals(2, r.skipped());
            assertTrue(ask(store, "co:meta cg:buys chip:a100 . co:microsoft cg:buys chip:a100"));
            List<String> lines = Files.readAllLines(report);
            assertEquals("file\trow\tline\tcolumn\treason", lines.get(0));
            assertEquals("owners.csv\t2\t3\t\t2 cells, expected 18 (as many as the header has)", lines.get(1));
            assertTrue(lines.get(2).startsWith("owners.csv\t3\t4\tEnd date\t'March 31' is not a date"), lines.get(2));
        }
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndingsAreAccepted(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("owners.csv");
        Files.write(csv, ("\uFEFF" + OWNERS_HEADER + GOOD_ROW).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            IngestResult r = ingest().ingest(store, csv, Optional.empty(), false, null);
            assertEquals(1, r.mapped());
            assertTrue(ask(store, "?c rdf:subject co:meta ; rdf:predicate cg:buys ; cg:note \"note\""));
        }
    }
}
