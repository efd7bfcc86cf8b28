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
        Chunker chunker = new Chunker();
        try {
            producer.accept(chunker);
            chunker.flush();
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

    /** Gathers quads into chunks and puts each full one. */
    private final class Chunker implements Consumer<Quad> {
        private List<Quad> chunk = new ArrayList<>(CHUNK);

        @Override
        public void accept(Quad q) {
            chunk.add(q);
            if (chunk.size() == CHUNK) flush();
        }

        void flush() {
            if (chunk.isEmpty()) return;
            put(chunk);
            chunk = new ArrayList<>(CHUNK);
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

    private static final class Cancelled extends RuntimeException {
        Cancelled() { super(null, null, false, false); }
    }
}
