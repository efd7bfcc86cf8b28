package org.chipgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chipgraph remove: documents with their claims out, in one transaction, nothing when a name is wrong. */
@Tag("integration")
class RemoveCommandTest {
    @TempDir Path tmp;
    Path db;

    static final Path FOLDERS = DocumentIdentityTest.FOLDERS;

    @BeforeEach
    void ingest() {
        db = tmp.resolve("db");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), FOLDERS.toString()).exit());
    }

    private long graphsNamed(String part) {
        try (TdbStore s = TdbStore.openExisting(db)) {
            return s.graphNames().stream().filter(g -> g.contains(part)).count();
        }
    }

    @Test
    void removingADocumentTakesItsFactsAndClaimsAndLeavesTheOthers() {
        Cli r = Cli.run("remove", "--db", db.toString(), "wire/article.txt");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("removed 1 document"), r.out());
        assertEquals(0, graphsNamed("/doc/wire/"));
        String facts = Cli.run("facts", "--db", db.toString()).out();
        assertFalse(facts.contains("Nvidia"), facts);
        assertTrue(facts.contains("blog/article.txt"), facts);
        try (TdbStore s = TdbStore.openExisting(db)) {
            long claimsOfH20 = s.read(d -> d.stream(null, null, org.apache.jena.vocabulary.RDF.object.asNode(),
                    org.chipgraph.rdf.CG.id("chip/h20")).count());
            assertEquals(0, claimsOfH20, "no claim about the H20 is left");
        }
    }

    @Test
    void removingBySourceFileFindsTheDocumentReadFromIt() {
        Cli r = Cli.run("remove", "--db", db.toString(), "--source", FOLDERS.resolve("blog/article.txt").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(0, graphsNamed("/doc/blog/"));
        assertEquals(1, graphsNamed("/doc/wire/"));
    }

    @Test
    void removingBySourceFolderTakesEveryDocumentUnderIt() {
        assertEquals(0, Cli.run("remove", "--db", db.toString(), "--source", FOLDERS.toString()).exit());
        assertEquals(0, graphsNamed("/id/doc/"));
    }

    @Test
    void aNameThatIsNoDocumentRemovesNothing() {
        var before = Cli.quads(db);
        Cli r = Cli.run("remove", "--db", db.toString(), "wire/article.txt", "nowhere/none.txt");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("chipgraph: nowhere/none.txt: no such document"), r.err());
        Cli.assertSameStore(before, Cli.quads(db));
    }

    @Test
    void theReferenceGraphsAreNoDocuments() {
        Cli r = Cli.run("remove", "--db", db.toString(), "https://w3id.org/chipgraph/graph/entities");
        assertEquals(1, r.exit());
        assertEquals(1, graphsNamed("/graph/entities"));
    }
}
