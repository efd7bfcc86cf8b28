package org.chipgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --db DIR: the TDB2 store every store command works on. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "chipgraph-db",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    public Path db;
}
