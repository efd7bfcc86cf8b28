package org.chipgraph.store;

import java.util.Iterator;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Counts in a TDB2 store's indexes, as node ids, in constant memory: decoding every quad of a large store to count
 * it took minutes and filled TDB2's node cache, and a set of the subjects seen grew with the rows (a million-row
 * table: 400 MB live at -Xmx512m, mappings/README.md). Use inside a read transaction.
 */
public final class IndexCount {
    private final DatasetGraphTDB tdb;
    private final NodeTupleTable quads;

    private IndexCount(DatasetGraph dsg) {
        this.tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb == null) throw new IllegalArgumentException("not a TDB2 store");
        this.quads = tdb.getQuadTable().getNodeTupleTable();
    }

    public static IndexCount of(DatasetGraph dsg) {
        return new IndexCount(dsg);
    }

    /** The node id of a term, or null if the store has never held it. */
    public NodeId id(Node n) {
        NodeId id = quads.getNodeTable().getNodeIdForNode(n);
        return id == null || NodeId.isDoesNotExist(id) ? null : id;
    }

    /** The named-graph quads matching the pattern ({@link Node#ANY} for any), as node ids in G, S, P, O order. */
    public Iterator<Tuple<NodeId>> quads(Node g, Node s, Node p, Node o) {
        return quads.findAsNodeIds(g, s, p, o);
    }

    /** Quads of the default graph and the named graphs. */
    public long all() {
        return tdb.getTripleTable().getNodeTupleTable().size() + quads.size();
    }

    /** Quads of the default graph and the named graphs but {@code graph} (a derived graph, such as the summary). */
    public long allBut(Node graph) {
        long n = all();
        if (id(graph) == null) return n;
        for (Iterator<Tuple<NodeId>> it = quads(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) n--;
        return n;
    }

    /**
     * Distinct subjects of the named-graph quads {@code ?s p o} in one of {@code graphs} (null: any named graph).
     * TDB2 answers {@code (ANY, ANY, p, o)} from its POSG index, so a subject's quads come together: counting the
     * changes of subject needs no set of the subjects.
     */
    public long subjects(Node p, Node o, Set<NodeId> graphs) {
        long n = 0;
        NodeId last = null;
        boolean counted = false;
        for (Iterator<Tuple<NodeId>> it = quads(Node.ANY, Node.ANY, p, o); it.hasNext(); ) {
            Tuple<NodeId> q = it.next();
            if (!q.get(1).equals(last)) {
                last = q.get(1);
                counted = false;
            }
            if (!counted && (graphs == null || graphs.contains(q.get(0)))) {
                n++;
                counted = true;
            }
        }
        return n;
    }
}
