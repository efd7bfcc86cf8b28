package org.chipgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chipgraph.cli.Debug;
import org.chipgraph.cli.Output;
import org.chipgraph.cli.StoreOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.chipgraph.error.InputError;
import org.chipgraph.store.BulkLoad;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench-questions", mixinStandardHelpOptions = true,
        description = {"Benchmark the questions: generate a synthetic store of about N quads (as `chipgraph-bench generate`),",
                "serve it on a free loopback port, ask every question of queries/ with its example parameters",
                "through the endpoint and print p50/p95 per question. With --reuse, an existing store in --db is",
                "used as it is. A request is timed from sending it to the last byte received.",
                "Example: chipgraph bench-questions --quads 1000000 --db /tmp/bench-1m",
                "         chipgraph bench-questions --db /tmp/bench-1m --reuse --only entity-sources --limit 100"})
public final class BenchQuestionsCommand implements Callable<Integer> {
    @Mixin Output console;
    @Mixin StoreOption store;
    @Mixin Debug debug;

    @Option(names = "--quads", paramLabel = "N", description = "Quads to generate (default: ${DEFAULT-VALUE}).")
    long quads = 1_000_000;

    @Option(names = "--reuse", description = "Use the store in --db as it is; generate nothing.")
    boolean reuse;

    @Option(names = "--runs", paramLabel = "N", description = "Timed requests per question (default: ${DEFAULT-VALUE}).")
    int runs = 10;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed requests per question first (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--only", paramLabel = "Q,Q", split = ",", description = "Only these questions (default: all).")
    java.util.List<String> only;

    @Option(names = "--limit", paramLabel = "ROWS", description = "Ask for pages of ROWS rows instead of the default page of 1,000 (default: the default page).")
    long limit;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "The server's query time limit (default: ${DEFAULT-VALUE}); a question stopped by it answers 503.")
    long timeout = 30;

    @Option(names = "--request-log", paramLabel = "FILE", description = {"The server's line per request, as `chipgraph serve` writes it, in FILE.0",
            "(default: DB-requests.log beside the store, as serve's; '-' = stderr, where its lines came between the table's cells)."})
    String requestLog;

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmup < 0) throw new InputError("--runs must be 1 or more and --warmup 0 or more");
        if (limit < 0) throw new InputError("--limit must be 1 or more (or left out for the default page of 1,000 rows)");
        if (!reuse) {
            Path file = Files.createTempFile("chipgraph-bench-", ".nq");
            try {
                long start = System.nanoTime();
                long written = SyntheticGraph.writeFile(file, quads, 42);
                BulkLoad.Result r = BulkLoad.load(store.db, List.of(file));
                console.out().printf("generated %,d quads into %s (%,d quads in the store) in %.1f s%n", written, store.db, r.quadsTotal(),
                        (System.nanoTime() - start) / 1e9);
            } finally {
                Files.deleteIfExists(file);
            }
        }
        try (TdbStore db = TdbStore.openExisting(store.db)) {
            console.out().printf("store %s: %,d quads; %d timed requests per question after %d to warm up%n", store.db, db.quadCount(), runs, warmup);
            Path log = store.requestLog(requestLog);
            QuestionBench.run(db, warmup, runs, java.time.Duration.ofSeconds(timeout), only, limit, log, System.out);
            if (log != null) console.out().printf("the server's requests are logged in %s.0%n", log);
        }
        return 0;
    }
}
