package org.chipgraph.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;

/**
 * Reopens a TDB2 store's storage from its files after a write transaction was aborted, before anything else writes.
 *
 * <p>Why: in Jena 5.6.0 an aborted write truncates the node data file but leaves its in-memory write position at
 * the old end (apache/jena#3877, fixed after 5.6.0). The next write transaction that reads a node and then adds a
 * new one writes the new node's bytes at that stale position while its id points at the true end, so the id reads
 * back as zeros ("NodeTableTRDF/Read ... Unrecognized type 0") and the store is damaged for good. The files
 * after an abort are sound; only the open file object is wrong, and opening the storage afresh resets it.
 *
 * <p>The new storage is put under the same {@link DatasetGraphSwitchable}, as TDB2's own compaction switches
 * generations, so every holder of the dataset uses it. Exclusive mode waits for running transactions to finish
 * first; a transaction that was waiting to begin on the old storage fails with a store error instead of writing.
 */
public final class AbortedWriteRecovery {
    private AbortedWriteRecovery() {}

    /** Call after a write on {@code dsg} was aborted, outside any transaction of this thread; does nothing otherwise. */
    public static void afterAbort(DatasetGraph dsg) {
        if (!(dsg instanceof DatasetGraphSwitchable sw) || dsg.isInTransaction()) return;
        synchronized (sw) {
            if (!(sw.get() instanceof DatasetGraphTDB storage)) return;
            TransactionCoordinator coordinator = storage.getTxnSystem().getTxnMgr();
            Location location = storage.getLocation();
            coordinator.startExclusiveMode();
            try {
                StoreConnection.internalExpel(location, true);
                sw.set(StoreConnection.connectCreate(location).getDatasetGraphTDB());
            } finally {
                coordinator.finishExclusiveMode();
            }
        }
    }
}
