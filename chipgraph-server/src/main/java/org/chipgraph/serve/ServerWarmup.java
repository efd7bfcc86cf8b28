package org.chipgraph.serve;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The store's per-version structures read on a thread of its own when the server starts ({@code StoreWarmup}), so
 * start-up does not wait for them and the first request seldom does: on a 10 M-quad store opened cold they take
 * seconds. Requests arriving before it is done wait for the same read or find it done (the structures' own locks).
 */
final class ServerWarmup implements AutoCloseable {
    private final Thread thread;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private ServerWarmup(DatasetGraph dsg, Consumer<DatasetGraph> work) {
        thread = new Thread(() -> {
            try {
                work.accept(dsg);
                done.complete(null);
            } catch (Throwable e) { // a request reads what the warm-up could not; the server serves on
                done.completeExceptionally(e);
                String why = e.getMessage() == null ? "no reason given" : e.getMessage();
                System.err.println("chipgraph: warming the store for the questions failed (" + why + "); each request reads what it needs instead");
            }
        }, "chipgraph-warmup");
        thread.setDaemon(true); // never keeps the JVM alive
    }

    static ServerWarmup start(DatasetGraph dsg, Consumer<DatasetGraph> work) {
        ServerWarmup w = new ServerWarmup(dsg, work);
        w.thread.start();
        return w;
    }

    /** Whether the warm-up ended (well or not) within the time. */
    boolean await(Duration within) throws InterruptedException {
        try {
            done.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
        return true;
    }

    /** Whether it ended without an error. */
    boolean succeeded() { return done.isDone() && !done.isCompletedExceptionally(); }

    /** Waits for the warm-up to end: it reads in a transaction on the caller's store, which the caller closes next. */
    @Override
    public void close() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
