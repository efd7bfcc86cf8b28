package org.chipgraph.store;

import java.lang.ref.WeakReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The tallies of the facts a store's recent writes touched ({@link FactSources.Tally}, {@link SupplyRows.Tally}),
 * kept in memory between write transactions so that a graph that newly states a fact is added to its tally
 * instead of every graph stating the fact being read again (a common fact is stated by hundreds of documents).
 *
 * <p>A tally is trusted only while no write it did not see can have happened: the tallies of a store are kept
 * for one TDB2 dataset object (compaction and bulk loads switch to another) and are emptied when a write
 * transaction begins at another data version than the one after the last transaction that used them committed
 * (that one aborted, or some other write committed in between). A rebuild of the summary empties them too
 * ({@link #forget}). A missing tally costs a recount, never a wrong row. At most {@link #MAX} facts are kept
 * (least recently used go first), so memory stays bounded however large the store.
 */
final class FactTallies {
    static final int MAX = 10_000;

    /** One fact's tallies. */
    record Entry(FactSources.Tally sources, SupplyRows.Tally supply) {}

    private static final Map<DatasetGraphTDB, FactTallies> BY_STORE = new WeakHashMap<>();

    private final Map<Triple, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Triple, Entry> eldest) { return size() > MAX; }
    };
    private WeakReference<Transaction> lastTxn = new WeakReference<>(null);
    private long lastVersion = Long.MIN_VALUE;

    private FactTallies() {}

    /**
     * The tallies to use in the write transaction of this thread on {@code dsg}; empty ones that are not kept
     * when {@code dsg} is not a TDB2 store or no transaction is active.
     */
    static FactTallies forWrite(DatasetGraph dsg) {
        DatasetGraphTDB tdb = tdb(dsg);
        Transaction txn = tdb == null ? null : tdb.getTxnSystem().getThreadTransaction();
        if (txn == null || !txn.isWriteTxn()) return new FactTallies();
        FactTallies tallies;
        synchronized (BY_STORE) {
            tallies = BY_STORE.computeIfAbsent(tdb, k -> new FactTallies());
        }
        tallies.enter(txn);
        return tallies;
    }

    /** Empties the tallies of {@code dsg} (its summary was rebuilt or written by other means). */
    static void forget(DatasetGraph dsg) {
        DatasetGraphTDB tdb = tdb(dsg);
        if (tdb == null) return;
        synchronized (BY_STORE) {
            FactTallies t = BY_STORE.get(tdb);
            if (t != null) t.clear();
        }
    }

    private static DatasetGraphTDB tdb(DatasetGraph dsg) {
        try {
            return TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
        } catch (RuntimeException e) {
            return null; // not a TDB2 dataset: nothing is kept
        }
    }

    /** Keeps the tallies when the transaction follows the last one that used them, and that one committed. */
    private synchronized void enter(Transaction txn) {
        if (lastTxn.get() == txn) return;
        long version = txn.getDataVersion();
        if (version != lastVersion + 1) entries.clear();
        lastTxn = new WeakReference<>(txn);
        lastVersion = version;
    }

    private synchronized void clear() {
        entries.clear();
        lastTxn = new WeakReference<>(null);
        lastVersion = Long.MIN_VALUE;
    }

    synchronized Entry get(Triple fact) { return entries.get(fact); }

    synchronized void put(Triple fact, Entry e) { entries.put(fact, e); }

    synchronized int size() { return entries.size(); }
}
