package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.Iris;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest --endpoint sends each document's graph through the served store's authenticated Graph Store. */
@Tag("integration")
class EndpointIngestTest {
    static final Path SAMPLE = Path.of("chipgraph-cli", "src", "test", "resources", "serve", "article.txt");

    @Test
    void documentsLandInTheServedStoreOneGraphEach(@TempDir Path dir) throws Exception {
        Path passwords = ServedStore.passwordFile(dir);
        try (ServedStore served = ServedStore.start(dir, ServeSettings.defaults().withPasswordFile(passwords))) {
            ServeCommandTest.Run r = ServeCommandTest.cli("ingest", "--endpoint", served.server.datasetUrl(),
                    "--user", "editor", "--password-file", passwords.toString(), SAMPLE.toString());
            assertEquals(0, r.exit(), r.err());
            String graph = Iris.document("article.txt");
            assertTrue(served.store.graphNames().contains(graph), served.store.graphNames().toString());
            assertTrue(served.store.quadCount(graph) >= 5);
            assertTrue(served.store.quadCount(CG.ENTITIES_GRAPH) > 0, "reference entities sent too");
        }
    }

    @Test
    void aWrongPasswordIsAOneLineErrorAndChangesNothing(@TempDir Path dir) throws Exception {
        Path passwords = ServedStore.passwordFile(dir);
        Path wrong = Files.writeString(dir.resolve("wrong"), "guess\n");
        try (ServedStore served = ServedStore.start(dir, ServeSettings.defaults().withPasswordFile(passwords))) {
            long before = served.store.quadCount();
            ServeCommandTest.Run r = ServeCommandTest.cli("ingest", "--endpoint", served.server.datasetUrl(),
                    "--user", "editor", "--password-file", wrong.toString(), SAMPLE.toString());
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("refused the credentials"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals(before, served.store.quadCount());
        }
    }

    @Test
    void anEndpointWithoutCredentialsIsRefusedBeforeAnythingIsSent() {
        ServeCommandTest.Run r = ServeCommandTest.cli("ingest", "--endpoint", "http://127.0.0.1:9/chipgraph", SAMPLE.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("--endpoint needs --user USER and --password-file FILE"), r.err());
    }
}
