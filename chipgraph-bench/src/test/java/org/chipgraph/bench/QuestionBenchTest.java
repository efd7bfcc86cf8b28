package org.chipgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-questions prints its table alone: the server's line per request goes to a log file. */
@Tag("integration")
class QuestionBenchTest {

    static Path generated(Path dir) {
        Path db = dir.resolve("db");
        SyntheticGraphTest.Run r = SyntheticGraphTest.bench("generate", "--quads", "5000", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        return db;
    }

    @Test
    void theServersRequestsAreLoggedInTheFileNotAmongTheTable(@TempDir Path dir) throws Exception {
        Path db = generated(dir);
        Path log = dir.resolve("requests.log");
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        try (TdbStore store = TdbStore.openExisting(db)) {
            QuestionBench.run(store, 0, 2, Duration.ofSeconds(10), List.of("control-issuers"), 0, log, new PrintStream(table, true, StandardCharsets.UTF_8));
        }
        String logged = Files.readString(dir.resolve("requests.log.0"));
        assertEquals(2, logged.lines().filter(l -> l.contains("GET /chipgraph/questions/control-issuers")).count(), logged);
        String printed = table.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("control-issuers"), printed);
        assertFalse(printed.contains("GET /chipgraph"), printed);
    }

    @Test
    void theCommandLogsBesideTheStoreByDefault(@TempDir Path dir) {
        Path db = generated(dir);
        SyntheticGraphTest.Run r = SyntheticGraphTest.bench("bench-questions", "--db", db.toString(), "--reuse", "--runs", "1", "--warmup", "0",
                "--only", "control-issuers");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("db-requests.log.0")), "no request log beside the store");
        assertTrue(r.out().contains("db-requests.log.0"), r.out());
    }
}
