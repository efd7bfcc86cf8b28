package org.chipgraph.error;

/**
 * A request that cannot be answered as asked: a question parameter that is missing, repeated, of the wrong class or
 * ambiguous, an unknown question. The CLI exits 2 on it, the endpoint answers 400.
 */
public class UsageError extends ChipgraphException {
    public UsageError(String message) { super(message, null); }

    @Override
    public Kind kind() { return Kind.USAGE; }
}
