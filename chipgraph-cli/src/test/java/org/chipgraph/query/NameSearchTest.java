package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chipgraph.cli.Cli;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name index and search over a store of the sample articles. */
@Tag("integration")
class NameSearchTest {
    @TempDir static Path dir;
    static Path db;

    @BeforeAll
    static void ingest() {
        db = dir.resolve("db");
        Cli r = Cli.run("ingest", "--db", db.toString(), "samples");
        assertEquals(0, r.exit(), r.err());
    }

    @AfterAll
    static void reset() { NameIndex.recheckMillis = 2000; }

    static List<Map<String, String>> search(String text) {
        try (TdbStore s = TdbStore.openExisting(db)) {
            return NameSearch.search(s.datasetGraph(), text, 10);
        }
    }

    @Test
    void anAliasFindsItsEntityWithClassAndSources() {
        var rows = search("Huawei Technologies");
        assertEquals("Huawei", rows.get(0).get("name"), rows.toString());
        assertEquals("company", rows.get(0).get("class"));
        assertEquals("exact", rows.get(0).get("match"));
        assertTrue(Integer.parseInt(rows.get(0).get("sources")) >= 2, rows.toString());
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        var rows = search("HUAWÉI technologies");
        assertEquals("Huawei", rows.get(0).get("name"));
        assertEquals("same name", rows.get(0).get("match"));
        assertEquals("1.00", rows.get(0).get("score"));
    }

    @Test
    void aMisspellingFindsTheEntityWithAScoreBelowOne() {
        var rows = search("Nvdia");
        assertEquals("Nvidia", rows.get(0).get("name"));
        assertEquals("fuzzy", rows.get(0).get("match"));
        double score = Double.parseDouble(rows.get(0).get("score"));
        assertTrue(score > 0.5 && score < 1, rows.toString());
    }

    @Test
    void textQueryFindsEntitiesInSparql() throws Exception {
        Path q = dir.resolve("text.rq");
        Files.writeString(q, """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?l WHERE { ?e text:query "huawei technologies" ; rdfs:label ?l }
                """);
        Cli r = Cli.run("query", "--db", db.toString(), q.toString(), "-f", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals("l\r\nHuawei\r\n", r.out());
    }

    @Test
    void anIngestedNameIsFoundAfterwardsInTheSameProcess() {
        NameIndex.recheckMillis = 0;
        Path store2 = dir.resolve("db2");
        assertEquals(0, Cli.run("ingest", "--db", store2.toString(), "samples").exit());
        try (TdbStore s = TdbStore.openExisting(store2)) {
            assertTrue(NameSearch.search(s.datasetGraph(), "Zephyrion", 5).isEmpty());
        }
        Cli r = Cli.run("ingest", "--db", store2.toString(), "chipgraph-cli/src/test/resources/query/new-company.txt");
        assertEquals(0, r.exit(), r.err());
        try (TdbStore s = TdbStore.openExisting(store2)) {
            var rows = NameSearch.search(s.datasetGraph(), "Zephyrion", 5);
            assertFalse(rows.isEmpty(), "the new company is found");
            assertEquals("company", rows.get(0).get("class"));
        }
    }

    @Test
    void searchCommandPrintsTheMatchesAndNeedsText() {
        Cli r = Cli.run("search", "--db", db.toString(), "Huawei", "Technologies");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("| Huawei ") && r.out().contains("company"), r.out());
        Cli empty = Cli.run("search", "--db", db.toString(), "  ");
        assertEquals(2, empty.exit(), empty.err());
    }
}
