package org.chipgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.chipgraph.query.QuestionLibrary;
import org.chipgraph.serve.ChipgraphServer;
import org.chipgraph.serve.ServeSettings;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chipgraph-bench generate builds a store the questions answer, and LoadBench measures it. */
@Tag("integration")
class SyntheticGraphTest {
    record Run(int exit, String out, String err) {}

    static Run bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = BenchCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void theBenchCommandListsItsBenchmarksInItsHelp() {
        Run r = bench("--help");
        assertEquals(0, r.exit(), r.err());
        for (String sub : new String[] {"bench", "bench-questions", "generate", "csv", "load", "concurrency", "curated-entities"}) {
            assertTrue(r.out().contains(sub), sub + " missing from: " + r.out());
        }
    }

    @Test
    void anUnknownBenchmarkIsAUsageError() {
        Run r = bench("no-such-bench");
        assertEquals(2, r.exit(), r.out() + r.err());
    }

    @Test
    void theGeneratedStoreHasTheRequestedSizeAndAnswersQuestions(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        Run r = bench("generate", "--quads", "10000", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        try (TdbStore store = TdbStore.open(db);
             ChipgraphServer server = ChipgraphServer.start(store.datasetGraph(), ServeSettings.defaults().withPort(0), QuestionLibrary.load())) {
            assertTrue(store.quadCount() >= 10_000);
            assertTrue(store.graphNames().stream().filter(g -> g.contains("/doc/synthetic-")).count() > 50);

            LoadBench.Result bench = LoadBench.run(URI.create(server.datasetUrl() + "/questions/supply-network"),
                    "text/csv", 2, Duration.ofSeconds(5), Duration.ofSeconds(5));
            assertTrue(bench.requests() > 0, bench.toString());
            assertEquals(0, bench.errors(), bench.toString());
        }
    }

    @Test
    void theSameSeedGivesTheSameDocuments(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.nq");
        Path b = dir.resolve("b.nq");
        SyntheticGraph.writeFile(a, 5000, 7);
        SyntheticGraph.writeFile(b, 5000, 7);
        // Blank-node labels (and so the order) of the reference graphs differ between parses; the quads do not.
        assertTrue(withoutBlankNodes(a).equals(withoutBlankNodes(b)), "same seed, different quads");
    }

    static java.util.List<String> withoutBlankNodes(Path nq) throws Exception {
        try (var lines = java.nio.file.Files.lines(nq)) {
            return lines.filter(l -> !l.contains("_:")).sorted().toList();
        }
    }
}
