package org.chipgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store the process may not write (made so with chmod, or chattr +i when the tests run as root, whom
 * permissions do not stop) can still be read; writing to it is a one-line error in plain words.
 */
@Tag("integration")
class ReadOnlyStoreTest {
    @TempDir Path tmp;
    Path db;
    boolean immutable;

    @BeforeEach
    void readOnlyStore() throws Exception {
        db = tmp.resolve("db");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), "samples").exit());
        immutable = run("chattr", "-R", "+i", db.toString());
        if (!immutable) run("chmod", "-R", "a-w", db.toString());
        Assumptions.assumeFalse(Files.isWritable(db), "cannot make a folder read-only here (root without chattr)");
    }

    @AfterEach
    void writableAgain() throws Exception {
        if (immutable) run("chattr", "-R", "-i", db.toString());
        else run("chmod", "-R", "u+w", db.toString());
    }

    private static boolean run(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void aReadOnlyStoreCanBeQueriedAndItsCopyIsRemoved() {
        Cli r = Cli.run("facts", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().count() > 10, r.out());
        Matcher m = Pattern.compile("reading a copy in (\\S+)").matcher(r.err());
        assertTrue(m.find(), r.err());
        assertFalse(Files.exists(Path.of(m.group(1))), "the copy is deleted when the command ends");
    }

    @Test
    void aReadOnlyStoreCanBeServedReadOnly() throws Exception {
        try (var store = org.chipgraph.store.TdbStore.openReadOnly(db);
             var server = org.chipgraph.serve.ChipgraphServer.start(store.datasetGraph(),
                     org.chipgraph.serve.ServeSettings.defaults().withPort(0), org.chipgraph.query.QuestionLibrary.load())) {
            var http = java.net.http.HttpClient.newHttpClient();
            var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.datasetUrl() + "/query?query="
                    + java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "UTF-8"))).header("Accept", "text/csv").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip()) > 1000, r.body());
        }
    }

    @Test
    void writingToAReadOnlyStoreIsOneLineInPlainWords() {
        Cli r = Cli.run("ingest", "--db", db.toString(), "samples");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("chipgraph: " + db + ": the store is read-only"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
