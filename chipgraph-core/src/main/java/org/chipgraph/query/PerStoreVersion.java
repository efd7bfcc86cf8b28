package org.chipgraph.query;

import java.lang.ref.WeakReference;
import java.util.function.Function;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A value read from a TDB2 store and kept for the version of the store it was read from (the read transaction's data
 * version: any commit, bulk load or compaction makes a new one), so it needs no upkeep on any write path; one store and
 * version at a time. Only inside a read transaction is there a version to key it by.
 */
final class PerStoreVersion<T> {
    private record Kept<T>(WeakReference<DatasetGraphTDB> store, long version, T value) {}

    private final Function<DatasetGraph, T> read;
    private volatile Kept<T> last;
    private volatile long reads; // written only under the lock

    /** How many times the value has been read from a store in this process (the start-up warm-up's tests count them). */
    long reads() { return reads; }

    PerStoreVersion(Function<DatasetGraph, T> read) { this.read = read; }

    /** The value for the version the current read transaction sees, read once per version; null outside a TDB2 read transaction. */
    T get(DatasetGraph dsg) {
        // the store under any wrapper (the endpoint's dataset is one; inside a query execution TDB2 hands over its storage)
        DatasetGraphTDB tdb = TDBInternal.isBackedByTDB(dsg) ? TDBInternal.requireStorage(dsg) : null;
        Transaction txn = tdb == null ? null : tdb.getTxnSystem().getThreadTransaction();
        if (txn == null || !txn.isReadTxn()) return null;
        long version = txn.getDataVersion();
        Kept<T> k = last;
        if (k != null && k.store().get() == tdb && k.version() == version) return k.value();
        synchronized (this) { // one read at a time: requests arriving together wait for it, not read it again
            k = last;
            if (k != null && k.store().get() == tdb && k.version() == version) return k.value();
            T value = read.apply(dsg);
            reads++;
            last = new Kept<>(new WeakReference<>(tdb), version, value);
            return value;
        }
    }
}
