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

    /** c1 in graphs 1 and 2, c2 in graph 2, c3 in graph 3 and the default graph, and a quad of another type. */
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
            assertEquals(3L, (long) s.read(d -> IndexCount.subjects(d, TYPE, CLAIM, g -> !Quad.isDefaultGraph(g))));
        }
    }

    @Test
    void onlySubjectsWithAQuadInACountedGraphCount() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            Txn.executeWrite(s.datasetGraph(), () -> fill(s.datasetGraph()));
            assertEquals(2L, (long) s.read(d -> IndexCount.subjects(d, TYPE, CLAIM, Set.of(g(2))::contains)));
            assertEquals(1L, (long) s.read(d -> IndexCount.subjects(d, TYPE, CLAIM, Set.of(g(3))::contains)));
        }
    }

    @Test
    void quadsCountsTheDefaultGraphAndTheNamedGraphs() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            Txn.executeWrite(s.datasetGraph(), () -> fill(s.datasetGraph()));
            assertEquals(6L, (long) s.read(IndexCount::quads));
        }
    }
}
