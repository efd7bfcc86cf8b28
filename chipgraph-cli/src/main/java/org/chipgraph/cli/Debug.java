package org.chipgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** --debug: stack traces on errors. */
public final class Debug {
    @Option(names = "--debug", description = "Print stack traces with errors.")
    boolean debug;

    public static boolean enabled(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) return true;
        }
        return false;
    }
}
