package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.chipgraph.rdf.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A just-written graph's own document and claims are read from its written quads with the store's answers; a term
 * another graph also states is read from the store, so the rows of its facts stay those a rebuild gives.
 */
class WrittenGraphViewTest {
    static final Node A = NodeFactory.createURI(SummaryStepsTest.DOC + "a.txt");
    static final Node A1 = NodeFactory.createURI("https://w3id.org/chipgraph/id/claim/a1");
    static final Node A2 = NodeFactory.createURI("https://w3id.org/chipgraph/id/claim/a2");
    static final Node DENIED = NodeFactory.createURI("https://w3id.org/chipgraph/ontology#Denied");

    @TempDir Path tmp;

    static List<String> all(Iterator<Quad> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
        return out;
    }

    static Set<String> set(Iterator<Quad> it) { return new TreeSet<>(all(it)); }

    @Test
    void theWrittenGraphAndItsOwnTermsAnswerAsTheStore() throws IOException {
        List<Quad> quads = SummaryStepsTest.doc("a.txt").quads();
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceGraphs(List.of(SummaryStepsTest.doc("d.txt")));
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeWrite(dsg, () -> {
                IndexOrderInsert.add(dsg, quads);
                WrittenGraphView view = new WrittenGraphView(dsg, new WrittenGraphView.Content(A, quads, Set.of(A, A1, A2)));
                Node any = Node.ANY;
                // with one value or none, in the store's order; several values of one subject come from the store itself
                for (Quad p : List.of(new Quad(A, A, CG.fileName, any), new Quad(any, A1, CG.stance, any), new Quad(any, A1, CG.date, any),
                        new Quad(any, A2, CG.sentence, any), new Quad(any, A2, CG.row, any))) {
                    assertEquals(all(dsg.find(p)), all(view.find(p)), "find " + p);
                    assertEquals(all(dsg.findNG(p.getGraph(), p.getSubject(), p.getPredicate(), p.getObject())),
                            all(view.findNG(p.getGraph(), p.getSubject(), p.getPredicate(), p.getObject())), "findNG " + p);
                }
                // without a subject, or with only a subject (a claim's properties): the same quads (callers do not depend on their order)
                for (Quad p : List.of(new Quad(A, any, CG.rdfSubject, SummaryStepsTest.NVIDIA), new Quad(A, any, CG.rdfObject, SummaryStepsTest.BYTEDANCE),
                        new Quad(A, any, any, SummaryStepsTest.NVIDIA), new Quad(A, any, CG.rdfPredicate, any), new Quad(A, A1, any, any),
                        new Quad(any, A1, any, any))) {
                    assertEquals(set(dsg.find(p)), set(view.find(p)), "find " + p);
                }
                // a claim's properties read in one scan: each the store's values
                for (Node claim : List.of(A1, A2))
                    for (Node p : List.of(CG.rdfSubject, CG.rdfPredicate, CG.rdfObject, CG.stance, CG.confidence, CG.sentence, CG.date, CG.wasDerivedFrom))
                        assertEquals(ClaimProperties.of(dsg, claim).objects(p), ClaimProperties.of(view, claim).objects(p), claim + " " + p);
                // a term other graphs state too (Nvidia: d.txt) is the store's, every graph of it
                Quad nvidia = new Quad(any, SummaryStepsTest.NVIDIA, any, any);
                assertEquals(all(dsg.find(nvidia)), all(view.find(nvidia)));
                assertNotEquals(set(dsg.find(A, SummaryStepsTest.NVIDIA, any, any)), set(dsg.find(nvidia)), "d.txt states Nvidia too");
            });
        }
    }

    @Test
    void aClaimAnotherGraphDeniedBeforeItsDocumentCameIsCountedAsTheRebuildCountsIt() throws IOException {
        Node corrections = NodeFactory.createURI(SummaryStepsTest.DOC + "corrections");
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            SummaryStepsTest steps = new SummaryStepsTest();
            steps.tmp = tmp;
            store.replaceGraphs(List.of(SummaryStepsTest.doc("d.txt")));
            store.replaceGraphs(List.of(new GraphContent(corrections.getURI(), List.of(new Quad(corrections, A1, CG.stance, DENIED)))));
            store.replaceGraphs(List.of(SummaryStepsTest.doc("c.txt")));
            store.replaceGraphs(List.of(SummaryStepsTest.doc("a.txt")));
            steps.assertAsRebuilt(store, "a.txt after its claim a1 was denied elsewhere");
        }
    }
}
