package org.chipgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --db DIR: the TDB2 store every store command works on. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "chipgraph-db",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    public Path db;

    /**
     * The request log named by a --request-log value: null for "-" (stderr), the given file, or by default
     * DB-requests.log beside the store (not in it: TDB2 owns its folder; nor in whatever folder the command ran from).
     */
    public Path requestLog(String option) {
        if ("-".equals(option)) return null;
        if (option != null) return Path.of(option);
        Path d = db.toAbsolutePath().normalize();
        return d.resolveSibling(d.getFileName() + "-requests.log");
    }
}
