package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.chipgraph.store.FactEndRow;
import org.chipgraph.store.SummaryGraph;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restrictions' rows on their targets, read once for a version of the store, are the rows a read of each target
 * gives, in its order, and a write is seen by the next read transaction.
 */
class RestrictionRowsTest {
    @TempDir Path tmp;

    /** Each target's rows as a range read of that target gives them: by the control each names, first row kept. */
    private static Map<Node, List<String>> readTargetByTarget(DatasetGraph d) {
        Map<Node, List<String>> out = new HashMap<>();
        List<Node> targets = new ArrayList<>();
        d.find(SummaryGraph.NODE, Node.ANY, RestrictionRows.PREDICATE, Node.ANY).forEachRemaining(q -> targets.add(q.getSubject()));
        for (Node t : targets) {
            Map<String, String> byControl = new LinkedHashMap<>();
            for (var it = d.find(SummaryGraph.NODE, t, RestrictionRows.PREDICATE, Node.ANY); it.hasNext();) {
                String text = it.next().getObject().getLiteralLexicalForm();
                byControl.putIfAbsent(FactEndRow.otherOf(text), text);
            }
            out.put(t, new ArrayList<>(byControl.values()));
        }
        return out;
    }

    private static Map<Node, List<String>> texts(Map<Node, Map<Node, String>> rows) {
        Map<Node, List<String>> out = new HashMap<>();
        rows.forEach((t, m) -> out.put(t, new ArrayList<>(m.values())));
        return out;
    }

    @Test
    void theRowsAreEachTargetsRowsInTheOrderItsReadGivesThem() throws IOException {
        try (TdbStore store = FactEndRowsTest.ingested(tmp.resolve("db"))) {
            Map<Node, List<String>> expected = store.read(RestrictionRowsTest::readTargetByTarget);
            assertTrue(expected.size() > 2, "the fixture restricts several targets");
            assertEquals(expected, store.read(d -> texts(RestrictionRows.of(d))));
        }
    }

    @Test
    void theRowsAreReadOncePerVersionAndAgainAfterAWrite() throws IOException {
        try (TdbStore store = FactEndRowsTest.ingested(tmp.resolve("db"))) {
            Map<Node, Map<Node, String>> first = store.read(RestrictionRows::of);
            assertSame(first, store.read(RestrictionRows::of), "the same version: read once");
            FactEndRowsTest.update(store, "INSERT DATA { GRAPH doc:rule2.txt { doc:rule2.txt cg:fileName \"rule2.txt\" . "
                    + "ctl:second-rule cg:restricts chip:x . cl:r2 rdf:subject ctl:second-rule ; rdf:predicate cg:restricts ; "
                    + "rdf:object chip:x ; cg:stance cg:Asserted ; cg:sentence \"The second rule restricts the X too.\" } }");
            Map<Node, Map<Node, String>> after = store.read(RestrictionRows::of);
            assertNotSame(first, after);
            Node chip = NodeFactory.createURI(FactEndRowsTest.ID + "chip/x"), rule = NodeFactory.createURI(FactEndRowsTest.ID + "control/second-rule");
            assertTrue(after.get(chip).get(rule).contains("The second rule restricts the X too."), "the new restriction's row is read");
            assertEquals(store.read(RestrictionRowsTest::readTargetByTarget), texts(after));
        }
    }

    @Test
    void aQueryExecutionsViewOfTheStoreSharesTheRows() throws IOException {
        // TDB2 runs a query on the store's storage (DatasetGraphTDB), not the switchable dataset the store hands out
        try (TdbStore store = FactEndRowsTest.ingested(tmp.resolve("db"))) {
            Map<Node, Map<Node, String>> direct = store.read(RestrictionRows::of);
            assertSame(direct, store.read(d -> RestrictionRows.of(org.apache.jena.tdb2.sys.TDBInternal.requireStorage(d))));
        }
    }

    @Test
    void outsideAReadTransactionThereAreNone() throws IOException {
        try (TdbStore store = FactEndRowsTest.ingested(tmp.resolve("db"))) {
            assertNull(RestrictionRows.of(store.datasetGraph()));
        }
    }
}
