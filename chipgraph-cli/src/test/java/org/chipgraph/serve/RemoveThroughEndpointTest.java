package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chipgraph.rdf.Iris;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** remove --endpoint: documents dropped through the served store's authenticated update, all or none. */
@Tag("integration")
class RemoveThroughEndpointTest {
    static final Path SAMPLE = EndpointIngestTest.SAMPLE;

    private static ServeCommandTest.Run ingest(ServedStore served, Path passwords) {
        return ServeCommandTest.cli("ingest", "--endpoint", served.server.datasetUrl(), "--user", "editor",
                "--password-file", passwords.toString(), SAMPLE.toString());
    }

    @Test
    void aDocumentIsRemovedWithItsClaims(@TempDir Path dir) throws Exception {
        Path passwords = ServedStore.passwordFile(dir);
        try (ServedStore served = ServedStore.start(dir, ServeSettings.defaults().withPasswordFile(passwords))) {
            assertEquals(0, ingest(served, passwords).exit());
            String graph = Iris.document("article.txt");
            assertTrue(served.store.graphNames().contains(graph));
            ServeCommandTest.Run r = ServeCommandTest.cli("remove", "--endpoint", served.server.datasetUrl(), "--user", "editor",
                    "--password-file", passwords.toString(), "article.txt");
            assertEquals(0, r.exit(), r.err());
            assertFalse(served.store.graphNames().contains(graph));
        }
    }

    @Test
    void oneNameThatIsNoDocumentRemovesNothing(@TempDir Path dir) throws Exception {
        Path passwords = ServedStore.passwordFile(dir);
        try (ServedStore served = ServedStore.start(dir, ServeSettings.defaults().withPasswordFile(passwords))) {
            assertEquals(0, ingest(served, passwords).exit());
            long before = served.store.quadCount();
            ServeCommandTest.Run r = ServeCommandTest.cli("remove", "--endpoint", served.server.datasetUrl(), "--user", "editor",
                    "--password-file", passwords.toString(), "article.txt", "nowhere.txt");
            assertEquals(1, r.exit());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals(before, served.store.quadCount());
        }
    }

    @Test
    void aWrongPasswordRemovesNothing(@TempDir Path dir) throws Exception {
        Path passwords = ServedStore.passwordFile(dir);
        Path wrong = Files.writeString(dir.resolve("wrong"), "guess\n");
        try (ServedStore served = ServedStore.start(dir, ServeSettings.defaults().withPasswordFile(passwords))) {
            assertEquals(0, ingest(served, passwords).exit());
            long before = served.store.quadCount();
            ServeCommandTest.Run r = ServeCommandTest.cli("remove", "--endpoint", served.server.datasetUrl(), "--user", "editor",
                    "--password-file", wrong.toString(), "article.txt");
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("refused the credentials"), r.err());
            assertEquals(before, served.store.quadCount());
        }
    }
}
