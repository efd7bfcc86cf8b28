package org.chipgraph.query;

import java.time.Duration;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Reads what the question pages keep per version of a TDB2 store ({@link PerStoreVersion}): the restrictions' rows,
 * the exposure model's facts, the documents' order. The first company-export-control-exposure request after opening a
 * 10 M-quad store otherwise reads them itself, 16-19 s on a busy machine with the store's pages not yet cached, near
 * the endpoint's 20 s limit. The server calls this in the background when it starts. Each structure is read under its
 * own lock for the version the read transaction sees, so a request arriving meanwhile waits for the same read or finds
 * it done, and nothing is read twice; a write before the request makes a new version, read again as after any write.
 */
public final class StoreWarmup {
    /** What a warm-up did: nothing for a store not in TDB2 (nothing is kept per version there), and how long it took. */
    public record Outcome(boolean warmed, Duration took) {}

    private StoreWarmup() {}

    /** Reads the structures for the store's current version, in one read transaction; call outside a transaction. */
    public static Outcome warm(DatasetGraph dsg) {
        long start = System.nanoTime();
        if (!TDBInternal.isBackedByTDB(dsg)) return new Outcome(false, Duration.ZERO);
        // the exposure page's first: it is the question that waits on them
        Txn.executeRead(dsg, () -> {
            RestrictionRows.of(dsg);
            ExposureFacts.of(dsg);
            DocumentOrder.of(dsg);
        });
        return new Outcome(true, Duration.ofNanos(System.nanoTime() - start));
    }

    /** How many times any of the structures has been read from a store in this process, by warm-ups and requests. */
    public static long reads() {
        return RestrictionRows.reads() + ExposureFacts.reads() + DocumentOrder.reads();
    }
}
