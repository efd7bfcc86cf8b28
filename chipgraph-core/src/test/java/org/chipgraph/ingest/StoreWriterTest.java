package org.chipgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.store.GraphContent;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches are written on the writer's own thread while the next is collected; flush and close wait for them. */
class StoreWriterTest {

    static GraphContent doc(int i, int quads) {
        Node g = NodeFactory.createURI("urn:test:doc" + i);
        List<Quad> qs = new ArrayList<>();
        for (int k = 0; k < quads; k++) {
            qs.add(new Quad(g, g, NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString("v" + k)));
        }
        return new GraphContent(g.getURI(), qs);
    }

    @Test
    void everyDocumentOfEveryBatchIsInTheStoreAfterClose(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            long written;
            try (StoreWriter writer = new StoreWriter(store, 3, 1_000_000)) {
                for (int i = 0; i < 10; i++) writer.add(doc(i, 4));
                writer.close();
                written = writer.quadsWritten();
            }
            assertEquals(40, written);
            assertEquals(10L, (long) store.read(d -> { long n = 0; for (var it = d.listGraphNodes(); it.hasNext(); it.next()) n++; return n; }));
            assertEquals(40L, (long) store.read(d -> d.stream().count()));
        }
    }

    @Test
    void aDocumentAddedAgainReplacesItsGraphInBatchOrder(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            try (StoreWriter writer = new StoreWriter(store, 1, 1_000_000)) {
                writer.add(doc(1, 5));
                writer.add(doc(1, 2));
            }
            assertEquals(2L, (long) store.read(d -> d.stream().count()));
        }
    }

    @Test
    void aFailedWriteIsThrownByTheNextFlushAndNothingAfterItIsWritten(@TempDir Path dir) {
        TdbStore store = TdbStore.open(dir.resolve("db"));
        StoreWriter writer = new StoreWriter(store, 1, 1_000_000);
        store.close();
        writer.add(doc(1, 3));
        assertThrows(RuntimeException.class, writer::flush);
        writer.add(doc(2, 3));
        writer.close();
        assertEquals(0, writer.quadsWritten());
    }
}
