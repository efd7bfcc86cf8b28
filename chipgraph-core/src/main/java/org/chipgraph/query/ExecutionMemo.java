package org.chipgraph.query;

import java.util.function.Supplier;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * What a property function remembers for the rest of one query execution, kept in that execution's context under a
 * symbol (a context is made per execution, so the memo goes with it). A map keyed by the context would hash the
 * context on every look-up, and {@link Context#hashCode} hashes all its entries.
 */
final class ExecutionMemo {
    private ExecutionMemo() {}

    /** The memo under {@code key} in {@code execution}, made by {@code make} the first time. */
    static <T> T get(Context execution, Symbol key, Class<T> type, Supplier<T> make) {
        synchronized (execution) {
            Object held = execution.get(key);
            if (type.isInstance(held)) return type.cast(held);
            T made = make.get();
            execution.set(key, made);
            return made;
        }
    }
}
