package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts in the indexes of a real TDB2 store: the same numbers as counting what a find returns, without keeping it. */
class IndexCountTest {
    @TempDir Path tmp;

    static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    static final Node CLAIM = NodeFactory.createURI("urn:Claim");
    static Node g(int i) { return NodeFactory.createURI("urn:g:" + i); }
    static Node c(int i) { return NodeFactory.createURI("urn:c:" + i); }

    /** c1 in graphs 1 and 2, c2 in graph 2, c3 in graph 3 and the default graph (not counted: a named graph's count), and a quad of another type. */
    static void fill(DatasetGraph d) {
        d.add(g(1), c(1), TYPE, CLAIM);
        d.add(g(2), c(1), TYPE, CLAIM);
        d.add(g(2), c(2), TYPE, CLAIM);
        d.add(g(3), c(3), TYPE, CLAIM);
        d.add(Quad.defaultGraphIRI, c(3), TYPE, CLAIM);
        d.add(g(3), c(4), TYPE, NodeFactory.createURI("urn:Other"));
    }

    @Test
    void aSubjectInSeveralGraphsCountsOnce() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            Txn.executeWrite(s.datasetGraph(), () -> fill(s.datasetGraph()));
            assertEquals(3L, (long) s.read(d -> IndexCount.of(d).subjects(TYPE, CLAIM, null)));
        }
    }

    @Test
    void onlySubjectsWithAQuadInACountedGraphCount() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            Txn.executeWrite(s.datasetGraph(), () -> fill(s.datasetGraph()));
            assertEquals(2L, (long) s.read(d -> IndexCount.of(d).subjects(TYPE, CLAIM, Set.of(IndexCount.of(d).id(g(2))))));
            assertEquals(1L, (long) s.read(d -> IndexCount.of(d).subjects(TYPE, CLAIM, Set.of(IndexCount.of(d).id(g(3))))));
        }
    }

    @Test
    void aTermTheStoreNeverHeldMatchesNothing() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            Txn.executeWrite(s.datasetGraph(), () -> fill(s.datasetGraph()));
            assertEquals(0L, (long) s.read(d -> IndexCount.of(d).subjects(TYPE, NodeFactory.createURI("urn:Nowhere"), null)));
        }
    }

    @Test
    void quadsCountsTheDefaultGraphAndTheNamedGraphs() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            Txn.executeWrite(s.datasetGraph(), () -> fill(s.datasetGraph()));
            assertEquals(6L, (long) s.read(d -> IndexCount.of(d).all()));
        }
    }

    @Test
    void allButLeavesOutOneGraphsQuadsAndCountsTheRest() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            Txn.executeWrite(s.datasetGraph(), () -> fill(s.datasetGraph()));
            assertEquals(4L, (long) s.read(d -> IndexCount.of(d).allBut(g(3))));
            assertEquals(6L, (long) s.read(d -> IndexCount.of(d).allBut(NodeFactory.createURI("urn:g:never"))));
        }
    }
}
