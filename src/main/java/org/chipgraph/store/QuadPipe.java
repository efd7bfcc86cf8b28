package org.chipgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.Quad;

/**
 * A bounded hand-over of quads from a producer thread to the thread that holds the write transaction. Quads travel
 * in chunks (fewer queue operations); at most {@link #CHUNKS} chunks wait, so memory stays bounded. The producer's
 * exception, if any, is rethrown on the draining side; {@link #cancel} stops a producer whose consumer gave up.
 */
final class QuadPipe {
    static final int CHUNK = 2048;
    static final int CHUNKS = 16;

    private static final List<Quad> END = List.of();

    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(CHUNKS);
    private volatile boolean cancelled;
    private volatile Throwable failure;

    /** Runs on the producer's thread: streams the producer's quads into the pipe, then the end marker. */
    void produce(Consumer<Consumer<Quad>> producer) {
        List<Quad>[] chunk = newChunk();
        try {
            producer.accept(q -> {
                chunk[0].add(q);
                if (chunk[0].size() == CHUNK) {
                    put(chunk[0]);
                    chunk[0] = new ArrayList<>(CHUNK);
                }
            });
            if (!chunk[0].isEmpty()) put(chunk[0]);
        } catch (Cancelled c) {
            return;
        } catch (Throwable t) {
            failure = t;
        }
        try {
            put(END);
        } catch (Cancelled c) {
            // the consumer has gone
        }
    }

    /** Runs on the transaction's thread: applies every quad until the end, rethrowing the producer's failure. */
    void drain(Consumer<Quad> sink) {
        while (true) {
            List<Quad> chunk;
            try {
                chunk = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing", e);
            }
            if (chunk == END) break;
            chunk.forEach(sink);
        }
        Throwable t = failure;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
    }

    /** The consumer is done (or failed): a producer still running stops at its next chunk. */
    void cancel() {
        cancelled = true;
        queue.clear();
    }

    private void put(List<Quad> chunk) {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled) throw new Cancelled();
            }
        } catch (InterruptedException e) {
            throw new Cancelled();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Quad>[] newChunk() {
        return new List[] {new ArrayList<Quad>(CHUNK)};
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() { super(null, null, false, false); }
    }
}
