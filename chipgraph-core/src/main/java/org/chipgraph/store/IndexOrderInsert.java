package org.chipgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds a batch of named-graph quads to a TDB2 store inside the caller's write transaction, one index at a time and
 * each in its own key order, as TDB2's bulk loaders feed their indexes: adding quad by quad walks all six B+trees
 * in turn at unrelated keys, where index order lets consecutive inserts reuse the pages the last one touched.
 * Same quads, same transaction (all or nothing), same store: each index receives every tuple, a duplicate is
 * ignored by each as {@code DatasetGraph.add} ignores it. A store that is not TDB2 gets the quads one by one.
 */
final class IndexOrderInsert {
    private IndexOrderInsert() {}

    /**
     * Adds {@code quads} (none in the default graph) to {@code dsg}; call inside a write transaction. Returns which
     * terms the store first held in this call: TDB2 appends a new term to its node file, so a term whose place
     * there is past the file's length before the call is one no graph outside these quads can state (a term is
     * never false-new; one the store is not TDB2 reports none new).
     */
    static Predicate<Node> add(DatasetGraph dsg, Collection<Quad> quads) {
        DatasetGraphTDB tdb = TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
        if (tdb == null) {
            quads.forEach(dsg::add);
            return n -> false;
        }
        NodeTupleTable table = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = table.getNodeTable();
        long firstNew = nodes.baseNodeTable() instanceof NodeTableTRDF trdf ? trdf.getData().length() : Long.MAX_VALUE;
        List<Tuple<NodeId>> tuples = new ArrayList<>(quads.size());
        // a batch names the same graph, predicates and entities again and again: one plain map in front of TDB2's
        // node cache (a concurrent cache with its own upkeep on every look-up) asks TDB2 once per term
        Map<Node, NodeId> ids = new HashMap<>();
        Function<Node, NodeId> idOf = n -> ids.computeIfAbsent(n, nodes::getAllocateNodeId);
        for (Quad q : quads) {
            if (q.isDefaultGraph()) throw new IllegalArgumentException("a quad of the default graph: " + q);
            tuples.add(TupleFactory.tuple(idOf.apply(q.getGraph()), idOf.apply(q.getSubject()), idOf.apply(q.getPredicate()),
                    idOf.apply(q.getObject())));
        }
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            if (index == null) continue;
            tuples.sort(inKeyOrder(index.getMapping()));
            for (Tuple<NodeId> t : tuples) index.add(t);
        }
        return n -> {
            NodeId id = nodes.getNodeIdForNode(n);
            return id != null && id.isPtr() && id.getPtrLocation() >= firstNew;
        };
    }

    private static Comparator<Tuple<NodeId>> inKeyOrder(TupleMap map) {
        return (a, b) -> {
            for (int i = 0; i < a.len(); i++) {
                int c = NodeId.compare(map.mapSlot(i, a), map.mapSlot(i, b));
                if (c != 0) return c;
            }
            return 0;
        };
    }
}
