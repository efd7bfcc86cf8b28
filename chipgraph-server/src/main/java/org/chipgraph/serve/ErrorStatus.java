package org.chipgraph.serve;

import org.chipgraph.error.ChipgraphException;

/** The HTTP status of an error the endpoint explains in one line: the one place that maps kinds to statuses. */
final class ErrorStatus {
    private ErrorStatus() {}

    static int of(ChipgraphException e) {
        return switch (e.kind()) {
            case INPUT, USAGE -> 400;
            case STORE -> 503;
        };
    }
}
