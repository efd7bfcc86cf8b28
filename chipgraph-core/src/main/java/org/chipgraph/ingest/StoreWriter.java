package org.chipgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.chipgraph.store.GraphContent;
import org.chipgraph.store.TdbStore;

/**
 * Collects documents into write transactions: a transaction holds many documents (a TDB2 commit
 * costs ~10 ms and grows the store), never part of one. Flushes at a document or quad limit.
 */
public final class StoreWriter implements AutoCloseable {
    private final TdbStore store;
    private final int maxDocs;
    private final int maxQuads;
    private final List<GraphContent> batch = new ArrayList<>();
    private int batchQuads;
    private long written;

    public StoreWriter(TdbStore store, int maxDocs, int maxQuads) {
        this.store = store;
        this.maxDocs = Math.max(1, maxDocs);
        this.maxQuads = Math.max(1, maxQuads);
    }

    public void add(GraphContent doc) {
        batch.add(doc);
        batchQuads += doc.quads().size();
        if (batch.size() >= maxDocs || batchQuads >= maxQuads) flush();
    }

    public void flush() {
        if (batch.isEmpty()) return;
        List<GraphContent> docs = List.copyOf(batch);
        int quads = batchQuads;
        // Cleared first: a batch that failed (disk full) is not tried again by close().
        batch.clear();
        batchQuads = 0;
        store.replaceGraphs(docs);
        written += quads;
    }

    public long quadsWritten() { return written; }

    @Override
    public void close() { flush(); }
}
