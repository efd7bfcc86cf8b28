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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        footer = "%nExample: chipgraph-bench generate --quads 1000000 --db /tmp/bench-1m",
        description = {"Fill a store with a synthetic graph of about N quads for load tests: the reference ontology",
                "and entities plus synthetic news documents in the chipgraph model (one named graph per document,",
                "a claim with its sentence per fact), deterministic for a seed. Bulk-loaded; replaces earlier",
                "synthetic documents with the same names and keeps everything else."})
public final class GenerateCommand implements Callable<Integer> {
    @Mixin Output console;
    @Mixin StoreOption store;
    @Mixin Debug debug;

    @Option(names = "--quads", paramLabel = "N", description = "Quads to generate, at least (default: ${DEFAULT-VALUE}).")
    long quads = 1_000_000;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--nquads", paramLabel = "FILE", description = "Also keep the generated N-Quads in FILE.")
    Path keep;

    @Override
    public Integer call() throws Exception {
        if (quads < 1) throw new InputError("--quads " + quads + ": expected a positive number");
        Path file = keep != null ? keep : Files.createTempFile("chipgraph-synthetic-", ".nq");
        try {
            long start = System.nanoTime();
            long written = SyntheticGraph.writeFile(file, quads, seed);
            // The file carries the reference graphs: with its manifest, load may replace them.
            org.chipgraph.store.LoadCheck.describe(file).write(org.chipgraph.store.Manifest.beside(file));
            BulkLoad.Result r = BulkLoad.load(store.db, List.of(file));
            console.out().printf("generated %,d quads (%,d graphs) into %s, %,d quads in the store, in %.1f s%n",
                    written, r.graphsReplaced(), store.db, r.quadsTotal(), (System.nanoTime() - start) / 1e9);
        } finally {
            if (keep == null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(org.chipgraph.store.Manifest.beside(file));
            }
        }
        return 0;
    }
}
