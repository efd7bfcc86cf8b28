package org.chipgraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.chipgraph.store.SummaryGraph;

/**
 * The summary graph's {@code s p ?o} and {@code ?s p o} read from TDB2's quad indexes by node id, the one unknown
 * term turned back into a node: {@link DatasetGraph#find} turns all four terms of every quad it returns into nodes
 * and the three given ones into ids on every call (a cache look-up each), which was most of labelling a page's
 * thousand entities at 10 M quads. The same index, so the same order. Any other dataset is read by {@code find}.
 */
final class SummaryIndex {
    private final DatasetGraph dsg;
    private final NodeTupleTable quads;
    private final NodeTable nodes;
    private final NodeId graph;
    private final Map<Node, NodeId> ids = new HashMap<>();

    SummaryIndex(DatasetGraph dsg) {
        this.dsg = dsg;
        NodeTupleTable q = null;
        if (TDBInternal.isBackedByTDB(dsg)) q = TDBInternal.requireStorage(dsg).getQuadTable().getNodeTupleTable();
        this.quads = q;
        this.nodes = q == null ? null : q.getNodeTable();
        this.graph = q == null ? null : nodes.getNodeIdForNode(SummaryGraph.NODE);
    }

    /** The objects of {@code s p ?o} in the summary graph, in index order. */
    List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>(2);
        if (quads == null) {
            for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, s, p, Node.ANY); it.hasNext();) out.add(it.next().getObject());
            return out;
        }
        NodeId sid = nodes.getNodeIdForNode(s), pid = id(p);
        if (absent(sid) || absent(pid) || absent(graph)) return out;
        for (Iterator<Tuple<NodeId>> it = quads.find(graph, sid, pid, NodeId.NodeIdAny); it.hasNext();) out.add(nodes.getNodeForNodeId(it.next().get(3)));
        return out;
    }

    /**
     * The objects of {@code s p ?o} in the summary graph as keys to compare with {@link #key}, none turned into a
     * node: their node ids (a class asked of a page's entities is compared by id, where each type was a node-table
     * look-up), or the nodes themselves for a dataset not in TDB2.
     */
    java.util.Set<Object> objectKeys(Node s, Node p) {
        java.util.Set<Object> out = new java.util.HashSet<>(4);
        if (quads == null) {
            out.addAll(objects(s, p));
            return out;
        }
        NodeId sid = nodes.getNodeIdForNode(s), pid = id(p);
        if (absent(sid) || absent(pid) || absent(graph)) return out;
        for (Iterator<Tuple<NodeId>> it = quads.find(graph, sid, pid, NodeId.NodeIdAny); it.hasNext();) out.add(it.next().get(3));
        return out;
    }

    /** The objects of {@code s p ?o} as keys (see {@link #objectKeys}), in index order; {@link #node} turns one back. */
    List<Object> objectKeyList(Node s, Node p) {
        if (quads == null) return new ArrayList<>(objects(s, p));
        List<Object> out = new ArrayList<>();
        NodeId sid = nodes.getNodeIdForNode(s), pid = id(p);
        if (absent(sid) || absent(pid) || absent(graph)) return out;
        for (Iterator<Tuple<NodeId>> it = quads.find(graph, sid, pid, NodeId.NodeIdAny); it.hasNext();) out.add(it.next().get(3));
        return out;
    }

    /** The term a key of {@link #objectKeyList} or {@link #objectKeys} stands for. */
    Node node(Object key) { return key instanceof NodeId id ? nodes.getNodeForNodeId(id) : (Node) key; }

    /** The term's key as {@link #objectKeys} gives it (a term the store has never seen: a key no read gives). */
    Object key(Node n) {
        if (quads == null) return n;
        NodeId id = id(n);
        return absent(id) ? n : id;
    }

    /**
     * The first object of each of the two predicates on {@code s} (either null), in one range read of {@code s} that
     * stops once both are seen, only those two objects turned into nodes (a fact node holds several values; a page
     * cites a hundred of them). The node's values come by predicate, then by object, in either way of reading.
     */
    Node[] firstObjects(Node s, Node p1, Node p2) {
        Node[] out = new Node[2];
        if (quads == null) {
            Iterator<Quad> it = dsg.find(SummaryGraph.NODE, s, Node.ANY, Node.ANY);
            try {
                while ((out[0] == null || out[1] == null) && it.hasNext()) {
                    Quad q = it.next();
                    int i = q.getPredicate().equals(p1) ? 0 : q.getPredicate().equals(p2) ? 1 : -1;
                    if (i >= 0 && out[i] == null) out[i] = q.getObject();
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
            return out;
        }
        NodeId sid = nodes.getNodeIdForNode(s), id1 = id(p1), id2 = id(p2);
        if (absent(sid) || absent(graph)) return out;
        Iterator<Tuple<NodeId>> it = quads.find(graph, sid, NodeId.NodeIdAny, NodeId.NodeIdAny);
        try {
            while ((out[0] == null || out[1] == null) && it.hasNext()) {
                Tuple<NodeId> q = it.next();
                NodeId p = q.get(2);
                int i = p.equals(id1) ? 0 : p.equals(id2) ? 1 : -1;
                if (i >= 0 && out[i] == null) out[i] = nodes.getNodeForNodeId(q.get(3));
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        return out;
    }

    /** The subjects of {@code ?s p o} in the summary graph, in index order. */
    List<Node> subjects(Node p, Node o) {
        List<Node> out = new ArrayList<>();
        if (quads == null) {
            for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, p, o); it.hasNext();) out.add(it.next().getSubject());
            return out;
        }
        NodeId oid = nodes.getNodeIdForNode(o), pid = id(p);
        if (absent(oid) || absent(pid) || absent(graph)) return out;
        for (Iterator<Tuple<NodeId>> it = quads.find(graph, NodeId.NodeIdAny, pid, oid); it.hasNext();) out.add(nodes.getNodeForNodeId(it.next().get(1)));
        return out;
    }

    /** A predicate's id, looked up once (a page asks a few predicates thousands of times). */
    private NodeId id(Node p) { return ids.computeIfAbsent(p, nodes::getNodeIdForNode); }

    private static boolean absent(NodeId id) { return id == null || NodeId.isDoesNotExist(id); }
}
