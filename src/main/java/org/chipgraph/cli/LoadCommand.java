package org.chipgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chipgraph.store.BulkLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load N-Quads files (from 'chipgraph extract') with the TDB2 bulk loader.",
                "Graphs in the files replace the same graphs in the store. The new store is built beside",
                "the old one and switched in at the end: an interrupted load leaves the old store."})
public final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin Debug debug;

    @Parameters(arity = "1..*", paramLabel = "FILE.nq", description = "N-Quads files.")
    List<Path> files;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        BulkLoad.Result r = BulkLoad.load(store.db, files);
        System.out.printf("loaded %d quads (%d graphs replaced); the store holds %d quads; %.1f s%n",
                r.quadsLoaded(), r.graphsReplaced(), r.quadsTotal(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
