package org.chipgraph.error;

/** The store cannot be used as asked: locked by another process, not writable, its disk full. Nothing was changed. */
public class StoreError extends ChipgraphException {
    public StoreError(String message) { super(message, null); }
    public StoreError(String message, Throwable cause) { super(message, cause); }

    @Override
    public Kind kind() { return Kind.STORE; }
}
