package org.chipgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's identity: its '# url:', else its path under the ingested folder; two sources never share one. */
@Tag("integration")
class DocumentIdentityTest {
    @TempDir Path tmp;

    static final Path FOLDERS = Path.of("chipgraph-cli/src/test/resources/identity");

    private static long documents(Path db) {
        try (TdbStore s = TdbStore.openExisting(db)) {
            return s.graphNames().stream().filter(g -> g.contains("/id/doc/")).count();
        }
    }

    @Test
    void sameNamedArticlesInDifferentFoldersAreTwoDocumentsBothInTheFacts() {
        Path db = tmp.resolve("db");
        Cli r = Cli.run("ingest", "--db", db.toString(), FOLDERS.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, documents(db));
        Cli facts = Cli.run("facts", "--db", db.toString());
        assertEquals(0, facts.exit(), facts.err());
        assertTrue(facts.out().lines().anyMatch(l -> l.startsWith("wire/article.txt\tNvidia\tmakes\tH20")), facts.out());
        assertTrue(facts.out().lines().anyMatch(l -> l.startsWith("blog/article.txt\tHuawei\tmakes\tAscend 910B")), facts.out());
    }

    @Test
    void sameNamedFilesGivenOneByOneAreRefusedNamingBoth() {
        Path wire = FOLDERS.resolve("wire/article.txt"), blog = FOLDERS.resolve("blog/article.txt");
        Cli r = Cli.run("ingest", "--db", tmp.resolve("db").toString(), wire.toString(), blog.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(wire.toString()) && r.err().contains(blog.toString()), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals(0, documents(tmp.resolve("db")), "found before anything was written");
    }

    @Test
    void anotherFileClaimingAStoredDocumentIsRefusedAndTheStoreKept() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a")), b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(a.resolve("x.txt"), "# date: 2025-01-10\n# lang: en\n\nNvidia makes the H20 chip.\n");
        Files.writeString(b.resolve("x.txt"), "# date: 2025-01-11\n# lang: en\n\nHuawei makes the Ascend 910B chip.\n");
        Path db = tmp.resolve("db");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), a.toString()).exit());
        var before = Cli.quads(db);
        Cli r = Cli.run("ingest", "--db", db.toString(), b.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(b.resolve("x.txt").toString()) && r.err().contains(a.resolve("x.txt").toAbsolutePath().toString()), r.err());
        Cli.assertSameStore(before, Cli.quads(db));
    }

    @Test
    void theSameUrlInAnotherFolderReplacesItsDocument() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a")), b = Files.createDirectories(tmp.resolve("b/deeper"));
        Files.writeString(a.resolve("one.txt"), "# url: https://news.example/h20\n# date: 2025-01-10\n# lang: en\n\nNvidia makes the H20 chip.\n");
        Files.writeString(b.resolve("two.txt"), "# url: https://news.example/h20\n# date: 2025-01-10\n# lang: en\n\nNvidia makes the H20 chip, a reader says.\n");
        Path db = tmp.resolve("db");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), a.toString()).exit());
        Cli r = Cli.run("ingest", "--db", db.toString(), tmp.resolve("b").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, documents(db));
        assertTrue(Cli.run("facts", "--db", db.toString()).out().contains("deeper/two.txt"));
    }

    @Test
    void twoFilesWithOneUrlInOneRunAreRefused() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(a.resolve("one.txt"), "# url: https://news.example/h20\n# date: 2025-01-10\n# lang: en\n\nNvidia makes the H20 chip.\n");
        Files.writeString(a.resolve("two.txt"), "# url: https://news.example/h20\n# date: 2025-01-10\n# lang: en\n\nHuawei makes the Ascend 910B chip.\n");
        Cli r = Cli.run("ingest", "--db", tmp.resolve("db").toString(), a.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("one.txt") && r.err().contains("two.txt") && r.err().contains("https://news.example/h20"), r.err());
    }

    @Test
    void aFileThatGainsAUrlReplacesTheDocumentItWasBefore() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path f = a.resolve("x.txt");
        Files.writeString(f, "# date: 2025-01-10\n# lang: en\n\nNvidia makes the H20 chip.\n");
        Path db = tmp.resolve("db");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), a.toString()).exit());
        Files.writeString(f, "# url: https://news.example/h20\n# date: 2025-01-10\n# lang: en\n\nNvidia makes the H20 chip.\n");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), a.toString()).exit());
        try (TdbStore s = TdbStore.openExisting(db)) {
            assertEquals(List.of("https://w3id.org/chipgraph/id/doc/url/https%3A%2F%2Fnews.example%2Fh20"),
                    s.graphNames().stream().filter(g -> g.contains("/id/doc/")).toList());
        }
    }
}
