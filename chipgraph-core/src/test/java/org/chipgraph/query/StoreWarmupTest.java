package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up warm-up reads each per-version structure once, and requests after it or during it read none again. */
class StoreWarmupTest {
    @TempDir Path tmp;

    /** What a request for the exposure and facts pages asks of the per-version structures. */
    private static void asRequest(DatasetGraph d) {
        RestrictionRows.of(d);
        ExposureFacts.of(d);
        DocumentOrder.of(d);
    }

    @Test
    void theWarmupReadsEachStructureOnceAndRequestsAfterItReadNone() throws IOException {
        try (TdbStore store = FactEndRowsTest.ingested(tmp.resolve("db"))) {
            long before = StoreWarmup.reads();
            StoreWarmup.Outcome o = StoreWarmup.warm(store.datasetGraph());
            assertTrue(o.warmed());
            assertEquals(3, StoreWarmup.reads() - before, "restriction rows, exposure facts, document order");
            for (int i = 0; i < 3; i++) store.read(d -> { asRequest(d); return null; });
            assertEquals(3, StoreWarmup.reads() - before);
        }
    }

    @Test
    void aWriteAfterTheWarmupIsSeenByTheNextRequest() throws IOException {
        try (TdbStore store = FactEndRowsTest.ingested(tmp.resolve("db"))) {
            StoreWarmup.warm(store.datasetGraph());
            long before = RestrictionRows.reads();
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(Quad.create(NodeFactory.createURI("urn:x:g"),
                    NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createURI("urn:x:o"))));
            store.read(d -> { asRequest(d); return null; });
            assertEquals(1, RestrictionRows.reads() - before);
        }
    }

    @Test
    void aStoreNotInTdb2IsNotWarmed() {
        long before = StoreWarmup.reads();
        assertFalse(StoreWarmup.warm(DatasetGraphFactory.createTxnMem()).warmed());
        assertEquals(0, StoreWarmup.reads() - before);
    }

    @Test
    void aRequestArrivingDuringTheReadWaitsForItAndSharesItsValue() throws Exception {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        CountDownLatch reading = new CountDownLatch(1), release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        PerStoreVersion<Object> kept = new PerStoreVersion<>(d -> {
            calls.incrementAndGet();
            reading.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new Object();
        });
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<Object> warmup = threads.submit(() -> Txn.calculateRead(dsg, () -> kept.get(dsg)));
        assertTrue(reading.await(10, TimeUnit.SECONDS));
        Future<Object> request = threads.submit(() -> Txn.calculateRead(dsg, () -> kept.get(dsg)));
        Thread.sleep(300);
        assertFalse(request.isDone(), "the request waits for the read under way");
        release.countDown();
        assertSame(warmup.get(10, TimeUnit.SECONDS), request.get(10, TimeUnit.SECONDS));
        assertEquals(1, calls.get());
        assertEquals(1, kept.reads());
        threads.shutdown();
    }
}
