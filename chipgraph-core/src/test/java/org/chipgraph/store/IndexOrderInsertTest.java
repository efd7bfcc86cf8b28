package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch added index by index, each in its key order, is the store that adding its quads one by one makes. */
class IndexOrderInsertTest {
    @TempDir Path tmp;

    static List<Quad> batch() throws IOException {
        List<Quad> quads = new ArrayList<>();
        for (String d : List.of("d.txt", "c.txt", "a.txt")) quads.addAll(SummaryStepsTest.doc(d).quads());
        quads.add(quads.get(0)); // a duplicate is stored once
        return quads;
    }

    /** What each of TDB2's six quad indexes answers: one pattern per index's leading terms, every quad's terms. */
    static List<String> answers(TdbStore store, List<Quad> quads) {
        return store.read(d -> {
            List<String> out = new ArrayList<>();
            for (Quad q : quads) {
                Node a = Node.ANY;
                for (Quad[] pattern : new Quad[][] {{new Quad(q.getGraph(), a, a, a)}, {new Quad(q.getGraph(), a, q.getPredicate(), a)},
                        {new Quad(q.getGraph(), a, a, q.getObject())}, {new Quad(a, q.getSubject(), a, a)},
                        {new Quad(a, a, q.getPredicate(), q.getObject())}, {new Quad(a, a, a, q.getObject())}}) {
                    d.find(pattern[0]).forEachRemaining(f -> out.add(NodeFmtLib.str(f)));
                }
            }
            return out;
        });
    }

    @Test
    void aBatchAddedIndexByIndexIsTheStoreOfQuadByQuadAdds() throws IOException {
        List<Quad> quads = batch();
        try (TdbStore byIndex = TdbStore.open(tmp.resolve("by-index")); TdbStore byQuad = TdbStore.open(tmp.resolve("by-quad"))) {
            Txn.executeWrite(byIndex.datasetGraph(), () -> IndexOrderInsert.add(byIndex.datasetGraph(), quads));
            Txn.executeWrite(byQuad.datasetGraph(), () -> quads.forEach(byQuad.datasetGraph()::add));
            assertEquals(quads.size() - 1, byIndex.quadCount(), "each quad once");
            assertEquals(answers(byQuad, quads), answers(byIndex, quads), "every index answers alike, in the same order");
        }
    }

    @Test
    void onlyTermsTheStoreFirstHeldInTheWriteAreNew() throws IOException {
        List<Quad> first = SummaryStepsTest.doc("d.txt").quads();
        List<Quad> second = SummaryStepsTest.doc("c.txt").quads();
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeWrite(dsg, () -> IndexOrderInsert.add(dsg, first));
            Txn.executeWrite(dsg, () -> {
                Predicate<Node> isNew = IndexOrderInsert.add(dsg, second);
                assertTrue(isNew.test(NodeFactory.createURI(SummaryStepsTest.DOC + "c.txt")), "c.txt's document");
                assertTrue(isNew.test(NodeFactory.createURI("https://w3id.org/chipgraph/id/claim/c1")), "c.txt's claim");
                assertFalse(isNew.test(SummaryStepsTest.NVIDIA), "stated by d.txt before");
                assertFalse(isNew.test(SummaryStepsTest.SUPPLIES), "stated by d.txt before");
                assertFalse(isNew.test(NodeFactory.createURI("https://w3id.org/chipgraph/id/claim/never")), "never stored");
            });
        }
    }
}
