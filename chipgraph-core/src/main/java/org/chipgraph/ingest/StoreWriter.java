package org.chipgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chipgraph.store.GraphContent;
import org.chipgraph.store.TdbStore;

/**
 * Collects documents into write transactions: a transaction holds many documents (a TDB2 commit
 * costs ~10 ms and grows the store), never part of one. Flushes at a document or quad limit.
 * A full batch is written on the writer's own thread while the next one is collected, so extraction
 * goes on during a commit; at most one batch is being written at a time, and a write that failed is
 * thrown by the next {@link #add}, {@link #flush} or {@link #close}, which also wait for it.
 */
public final class StoreWriter implements AutoCloseable {
    private final TdbStore store;
    private final int maxDocs;
    private final int maxQuads;
    private final List<GraphContent> batch = new ArrayList<>();
    private int batchQuads;
    private long written;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "store-writer");
        t.setDaemon(true);
        return t;
    });
    /** The batch being written, or null. */
    private Future<?> writing;
    /** A batch failed: nothing more is written (as when the failure stopped the ingest at once). */
    private boolean failed;

    public StoreWriter(TdbStore store, int maxDocs, int maxQuads) {
        this.store = store;
        this.maxDocs = Math.max(1, maxDocs);
        this.maxQuads = Math.max(1, maxQuads);
    }

    public void add(GraphContent doc) {
        batch.add(doc);
        batchQuads += doc.quads().size();
        if (batch.size() >= maxDocs || batchQuads >= maxQuads) hand();
    }

    /** Writes what is collected and waits until every batch is in the store. */
    public void flush() {
        hand();
        await();
    }

    /** Hands the collected batch to the writer's thread once the batch before it is written. */
    private void hand() {
        await();
        if (batch.isEmpty() || failed) return;
        List<GraphContent> docs = List.copyOf(batch);
        int quads = batchQuads;
        // Cleared first: a batch that failed (disk full) is not tried again by close().
        batch.clear();
        batchQuads = 0;
        writing = thread.submit(() -> {
            store.replaceGraphs(docs);
            written += quads;
        });
    }

    /** Waits for the batch being written; its failure is thrown here, as it was thrown by the store. */
    private void await() {
        Future<?> w = writing;
        if (w == null) return;
        writing = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    w.get();
                    return;
                } catch (InterruptedException e) {
                    // the batch is in a transaction already: let it finish, whole or not at all
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            failed = true;
            batch.clear();
            batchQuads = 0;
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Quads written so far (by batches that are in the store). */
    public long quadsWritten() { return written; }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            thread.shutdown();
        }
    }
}
