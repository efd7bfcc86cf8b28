package org.chipgraph.store;

import org.chipgraph.error.StoreError;

/** The TDB2 store is locked by another process. */
public class StoreInUseException extends StoreError {
    public StoreInUseException(String message) { super(message); }

    public StoreInUseException(String message, Throwable cause) { super(message, cause); }
}
