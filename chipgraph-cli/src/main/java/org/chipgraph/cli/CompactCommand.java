package org.chipgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", mixinStandardHelpOptions = true,
        footer = "%nExample: chipgraph compact --db chipgraph-db",
        description = {"Compact the store: TDB2 never overwrites in place, so re-ingests grow it until compacted.",
                "Builds a new generation of the store, deletes the old one and writes TDB2's statistics file",
                "(stats.opt: how many quads each predicate has, so queries join in a good order)."})
public final class CompactCommand implements Callable<Integer> {
    @Mixin Output console;
    @Mixin StoreOption store;
    @Mixin Debug debug;

    @Override
    public Integer call() throws IOException {
        try (TdbStore db = TdbStore.openExisting(store.db)) {
            long before = size(store.db);
            db.compact();
            long after = size(store.db);
            console.out().printf("compacted %s: %.1f MB -> %.1f MB%n", store.db, before / 1e6, after / 1e6);
        }
        return 0;
    }

    static long size(Path dir) { return org.chipgraph.store.Dirs.diskUsage(dir); }
}
