package org.chipgraph.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Which of TDB2's bulk loaders builds a new generation. Measured on 3.3 M quads (mappings/README.md): the
 * sequential loader (one thread: nodes and the primary index, then each secondary index from it) keeps about
 * 16 MB live whatever the size; the parallel one queues chunks of 100,000 quads per stage and index, about
 * 1 GB, and when one of its threads runs out of heap the others wait for it forever (the load hangs, it does
 * not fail). So the parallel loader is used only by a JVM with the heap and cores it needs.
 */
public enum Loader {
    SEQUENTIAL, PARALLEL;

    /** Heap and cores below which the parallel loader is not chosen: its queues alone take about 1 GB. */
    static final long PARALLEL_MIN_HEAP = 3L << 30;
    static final int PARALLEL_MIN_CORES = 4;

    private static final MonitorOutput QUIET = (fmt, args) -> { };

    /** The loader for this JVM's maximum heap and processors. */
    public static Loader forThisJvm() {
        return choose(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
    }

    static Loader choose(long maxHeap, int cores) {
        return maxHeap >= PARALLEL_MIN_HEAP && cores >= PARALLEL_MIN_CORES ? PARALLEL : SEQUENTIAL;
    }

    DataLoader create(DatasetGraph dsg) {
        return this == PARALLEL ? LoaderFactory.parallelLoader(dsg, QUIET) : LoaderFactory.sequentialLoader(dsg, QUIET);
    }
}
