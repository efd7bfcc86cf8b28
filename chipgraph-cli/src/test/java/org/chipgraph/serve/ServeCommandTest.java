package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.chipgraph.cli.ChipgraphCli;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** chipgraph serve on the command line: its errors are one line on stderr with exit code 1. */
@Tag("integration")
class ServeCommandTest {

    record Run(int exit, String out, String err) {}

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ChipgraphCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void serveHasHelp() {
        Run r = cli("serve", "--help");
        assertEquals(0, r.exit());
        for (String option : new String[] {"--db", "--port", "--host", "--timeout", "--allow-update", "--password-file", "--cors-origins"}) {
            assertTrue(r.out().contains(option), option);
        }
    }

    @Test
    void aStoreHeldByAnotherProcessIsAOneLineErrorNamingThatProcess(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (TdbStore s = TdbStore.open(db)) {
            ServedStore.load(s, ServedStore.FIXTURE);
        }
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.chipgraph.cli.ChipgraphCli", "serve", "--db", db.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("chipgraph: serving")) return;
                }
                throw new AssertionError("the other server did not start");
            });
            Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli("serve", "--db", db.toString(), "--port", "0"));
            assertEquals(1, r.exit());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains("the store is in use by process " + other.pid()), r.err());
        } finally {
            other.destroy();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void allowUpdateWithoutAPasswordFileIsRefused(@TempDir Path dir) {
        Run r = cli("serve", "--db", dir.resolve("db").toString(), "--allow-update");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("--allow-update needs --password-file"), r.err());
    }

    @Test
    void aMissingStoreIsAOneLineError(@TempDir Path dir) {
        Run r = cli("serve", "--db", dir.resolve("nothing-here").toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no chipgraph store here"), r.err());
    }

    @Test
    void aBadCorsOriginIsRefused(@TempDir Path dir) {
        Run r = cli("serve", "--db", dir.toString(), "--cors-origins", "not an origin");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("--cors-origins"), r.err());
    }
}
