package org.chipgraph.store;

import org.chipgraph.fact.InputException;

/** The TDB2 store is locked by another process. */
public class StoreInUseException extends InputException {
    public StoreInUseException(String message) { super(message); }
}
