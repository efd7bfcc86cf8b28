package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The parallel loader only where its queues fit the heap and it has cores to run on; otherwise the sequential one. */
class LoaderTest {
    static final long GB = 1L << 30;

    @Test
    void aHeapOfOneGigabyteGetsTheSequentialLoader() {
        assertEquals(Loader.SEQUENTIAL, Loader.choose(GB, 16));
    }

    @Test
    void twoCoresGetTheSequentialLoaderWhateverTheHeap() {
        assertEquals(Loader.SEQUENTIAL, Loader.choose(64 * GB, 2));
    }

    @Test
    void anAmpleHeapAndFourCoresGetTheParallelLoader() {
        assertEquals(Loader.PARALLEL, Loader.choose(4 * GB, 4));
    }
}
