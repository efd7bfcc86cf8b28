package org.chipgraph.cli;

import java.util.concurrent.Callable;
import org.chipgraph.query.StoreStats;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true,
        footer = "%nExample: chipgraph stats --db chipgraph-db",
        description = "Counts of the store: quads, graphs, documents, entities by class, facts per relation (same store, same text).")
public final class StatsCommand implements Callable<Integer> {
    @Mixin Output console;
    @Mixin StoreOption store;
    @Mixin Debug debug;

    @Override
    public Integer call() {
        try (TdbStore db = TdbStore.openReadOnly(store.db)) {
            console.out().print(StoreStats.of(db).text());
        }
        return 0;
    }
}
