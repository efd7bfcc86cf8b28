package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails half-way leaves the open store as good as a fresh one, also for the next write in the same
 * process that reads nodes back while it adds new ones (as the summary refresh does). Without the reopen after an
 * abort, TDB2 5.6.0 writes that next transaction's nodes at a stale file position and the store cannot be read.
 */
class AbortedWriteTest {
    static final String G = "https://w3id.org/chipgraph/id/doc/aborted-write-test";
    /** Enough distinct nodes (about 400 KB) that the aborted write reaches the node file past its write buffer. */
    static final int QUADS = 4000;

    static List<Quad> quads(String tag) {
        Node g = NodeFactory.createURI(G);
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < QUADS; i++) {
            out.add(Quad.create(g, NodeFactory.createURI("https://w3id.org/chipgraph/id/company/" + tag + "-" + i),
                    NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                    NodeFactory.createLiteralString("A company named in row " + i + " of a table that is long enough to matter " + tag)));
        }
        return out;
    }

    static Set<String> all(TdbStore store) {
        return store.read(d -> {
            Set<String> lines = new TreeSet<>();
            d.find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
            return lines;
        });
    }

    @Test
    void aWriteThatReadsAndAddsAfterAnAbortedWriteLeavesEveryQuadReadable(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            assertThrows(IllegalStateException.class, () -> store.replaceGraph(G, sink -> {
                quads("a").forEach(sink);
                throw new IllegalStateException("the table breaks at its last row");
            }));
            assertEquals(0, store.quadCount());
            // reads a node back, then adds new ones, in one write transaction: the sequence that hit the stale position
            Txn.executeWrite(store.datasetGraph(), () -> {
                for (Quad q : quads("b")) {
                    store.datasetGraph().add(q);
                    store.datasetGraph().find(Node.ANY, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(x -> x.getObject().getLiteralLexicalForm());
                }
            });
            Set<String> expected = new TreeSet<>();
            quads("b").forEach(q -> expected.add(NodeFmtLib.str(q)));
            assertEquals(expected, all(store));
        }
    }

    @Test
    void aReaderThatIsReadingWhenAWriteFailsFinishesItsReadsBeforeTheStorageIsReopened(@TempDir Path dir) throws Exception {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replaceGraphs(java.util.List.of(new GraphContent(G, quads("a"))));
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch writeFailed = new CountDownLatch(1);
            ExecutorService reader = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> read = reader.submit(() -> store.read(d -> {
                    int n = 0;
                    var it = d.find(NodeFactory.createURI(G), Node.ANY, Node.ANY, Node.ANY);
                    for (int i = 0; i < 10 && it.hasNext(); i++, n++) it.next().getObject().toString();
                    reading.countDown();
                    try {
                        // the reopen waits for this transaction; the failed write returns only after it ends
                        writeFailed.await(2, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    while (it.hasNext()) { it.next().getObject().toString(); n++; }
                    return n;
                }));
                reading.await();
                assertThrows(IllegalStateException.class, () -> store.replaceGraph(G, sink -> {
                    quads("b").forEach(sink);
                    throw new IllegalStateException("the table breaks at its last row");
                }));
                writeFailed.countDown();
                assertEquals(QUADS, read.get(30, TimeUnit.SECONDS));
            } finally {
                reader.shutdownNow();
            }
            Set<String> expected = new TreeSet<>();
            quads("a").forEach(q -> expected.add(NodeFmtLib.str(q)));
            assertEquals(expected, store.read(d -> {
                Set<String> lines = new TreeSet<>();
                d.find(NodeFactory.createURI(G), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
                return lines;
            }));
        }
    }
}
