package org.chipgraph.cli;

import org.chipgraph.error.ChipgraphException;

/** The exit codes of every chipgraph command, and the one place errors are mapped to them. */
public final class ExitCode {
    private ExitCode() {}

    public static final int OK = 0;
    /** Bad input, an unusable store, or a job that failed: the message on stderr says which. */
    public static final int FAILED = 1;
    /** The command line, or a question's parameters, ask for something that cannot be answered as asked. */
    public static final int USAGE = 2;

    public static int of(ChipgraphException e) {
        return switch (e.kind()) {
            case INPUT, STORE -> FAILED;
            case USAGE -> USAGE;
        };
    }
}
