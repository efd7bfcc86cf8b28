package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary a store keeps write by write (a fact that only gains graphs has them added to its tally, a fact some
 * graph stops stating is recounted) is, quad for quad, the summary a full rebuild makes from the same graphs:
 * after ingests in turn, a re-ingest of a changed document, a removal and an ingest after an aborted write.
 */
class SummaryStepsTest {
    static final String DOC = "https://w3id.org/chipgraph/id/doc/";
    static final Node NVIDIA = NodeFactory.createURI("https://w3id.org/chipgraph/id/company/nvidia");
    static final Node BYTEDANCE = NodeFactory.createURI("https://w3id.org/chipgraph/id/company/bytedance");
    static final Node SUPPLIES = NodeFactory.createURI("https://w3id.org/chipgraph/ontology#supplies");

    @TempDir Path tmp;

    /** The document {@code name} of summary-steps.trig ("b.txt-changed" is the new content of b.txt). */
    static GraphContent doc(String name) throws IOException {
        DatasetGraph d = DatasetGraphFactory.create();
        try (InputStream in = SummaryStepsTest.class.getResourceAsStream("/store/summary-steps.trig")) {
            RDFDataMgr.read(d, in, Lang.TRIG);
        }
        List<Quad> quads = new ArrayList<>();
        d.find(NodeFactory.createURI(DOC + name), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        if (quads.isEmpty()) throw new IllegalArgumentException(name + ": not in summary-steps.trig");
        return new GraphContent(DOC + name.replace("-changed", ""), quads);
    }

    static Set<String> summary(DatasetGraph d) {
        Set<String> out = new TreeSet<>();
        d.find(SummaryGraph.NODE, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
        return out;
    }

    /** The summary a full rebuild makes from the store's other graphs, built in a copy (the store is not touched). */
    Set<String> rebuilt(TdbStore store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        store.read(d -> {
            d.find().forEachRemaining(q -> { if (!SummaryGraph.isSummary(q.getGraph())) copy.add(q); });
            return null;
        });
        Txn.executeWrite(copy, () -> SummaryGraph.rebuild(copy, tmp));
        return Txn.calculateRead(copy, () -> summary(copy));
    }

    void assertAsRebuilt(TdbStore store, String step) {
        Set<String> kept = store.read(SummaryStepsTest::summary);
        assertTrue(kept.size() > 10, step + ": the summary holds the facts");
        assertEquals(rebuilt(store), kept, step + ": the summary kept by the writes is the rebuilt one");
    }

    @Test
    void aSummaryKeptThroughIngestsReingestAndRemovalIsTheRebuiltOne() throws IOException {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceGraphs(List.of(doc("d.txt")));
            assertAsRebuilt(store, "d.txt");
            store.replaceGraphs(List.of(doc("c.txt")));
            assertAsRebuilt(store, "then c.txt (no evidence, dated)");
            store.replaceGraphs(List.of(doc("a.txt"), doc("b.txt")));
            assertAsRebuilt(store, "then a.txt and b.txt in one write (a sentence cited before a row; a denial)");
            store.replaceGraphs(List.of(doc("b.txt-changed")));
            assertAsRebuilt(store, "then b.txt changed");
            store.removeGraphs(List.of(DOC + "a.txt"));
            assertAsRebuilt(store, "then a.txt removed");
            store.replaceGraphs(List.of(doc("a.txt")));
            assertAsRebuilt(store, "then a.txt again");
        }
    }

    @Test
    void aSummaryKeptAcrossReopeningTheStoreIsTheRebuiltOne() throws IOException {
        Path db = tmp.resolve("db");
        try (TdbStore store = TdbStore.open(db)) {
            store.replaceGraphs(List.of(doc("d.txt"), doc("c.txt")));
        }
        try (TdbStore store = TdbStore.open(db)) {
            store.replaceGraphs(List.of(doc("a.txt")));
            assertAsRebuilt(store, "a.txt after reopening");
        }
    }

    @Test
    void aWriteAfterAnAbortedOneIsNotAddedToTalliesOfTheAbortedContent() throws IOException {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceGraphs(List.of(doc("d.txt")));
            DatasetGraph dsg = store.datasetGraph();
            // a write that brings the summary (and the tallies) in step for c.txt, then fails before it commits
            assertThrows(IllegalStateException.class, () -> Txn.executeWrite(dsg, () -> {
                GraphContent c = doc0("c.txt");
                Node g = NodeFactory.createURI(c.graphIri());
                WrittenGraphs w = new WrittenGraphs();
                w.removing(dsg, g);
                c.quads().forEach(dsg::add);
                w.wrote(dsg, g, c.quads());
                SummaryGraph.refresh(dsg, w);
                throw new IllegalStateException("the write fails after the summary was brought in step");
            }));
            store.replaceGraphs(List.of(doc("a.txt")));
            assertAsRebuilt(store, "a.txt after an aborted c.txt");
        }
    }

    private static GraphContent doc0(String name) {
        try {
            return doc(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aNewDocumentOnlyAddsItsGraphToTheFactsItStates() throws IOException {
        DatasetGraph d = DatasetGraphFactory.create();
        GraphContent a = doc("a.txt");
        Node g = NodeFactory.createURI(a.graphIri());
        WrittenGraphs w = new WrittenGraphs();
        w.removing(d, g);
        a.quads().forEach(d::add);
        w.wrote(d, g, a.quads());
        assertEquals(List.of(g), w.addedOnly(Triple.create(NVIDIA, SUPPLIES, BYTEDANCE)));
    }

    @Test
    void aReingestedDocumentHasItsFactsRecounted() throws IOException {
        DatasetGraph d = DatasetGraphFactory.create();
        GraphContent a = doc("a.txt");
        Node g = NodeFactory.createURI(a.graphIri());
        a.quads().forEach(d::add);
        WrittenGraphs w = new WrittenGraphs();
        w.removing(d, g);
        d.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        a.quads().forEach(d::add);
        w.wrote(d, g, a.quads());
        assertNull(w.addedOnly(Triple.create(NVIDIA, SUPPLIES, BYTEDANCE)));
    }

    @Test
    void aDocumentThatSpeaksOfAnotherDocumentsClaimHasItsFactsRecounted() throws IOException {
        DatasetGraph d = DatasetGraphFactory.create();
        GraphContent a = doc("a.txt");
        Node g = NodeFactory.createURI(a.graphIri());
        List<Quad> quads = new ArrayList<>(a.quads());
        // a.txt denies d.txt's claim: d.txt's part of the supply fact changes, so the fact is recounted
        quads.add(Quad.create(g, NodeFactory.createURI("https://w3id.org/chipgraph/id/claim/d1"), org.chipgraph.rdf.CG.stance,
                NodeFactory.createURI("https://w3id.org/chipgraph/ontology#Denied")));
        quads.forEach(d::add);
        WrittenGraphs w = new WrittenGraphs();
        w.wrote(d, g, quads);
        assertNull(w.addedOnly(Triple.create(NVIDIA, SUPPLIES, BYTEDANCE)));
    }
}
