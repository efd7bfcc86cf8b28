package org.chipgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Counts in a store's indexes, in constant memory: decoding every quad of a large store to count it took minutes
 * and filled TDB2's node cache, and a set of the subjects seen grew with the rows (a million-row table: the heap
 * after a full collection was 400 MB at -Xmx512m, mappings/README.md). Run inside a read transaction.
 */
public final class IndexCount {
    private IndexCount() {}

    /** Quads of the default graph and the named graphs. */
    public static long quads(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb == null) {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) n++;
            return n;
        }
        return tdb.getTripleTable().getNodeTupleTable().size() + tdb.getQuadTable().getNodeTupleTable().size();
    }

    /**
     * Distinct subjects of the quads {@code ?s p o} (default graph included) whose graph {@code counts}. TDB2 answers
     * {@code (ANY, ANY, p, o)} from its POSG index, so a subject's quads come together: counting the changes of
     * subject needs no set of the subjects.
     */
    public static long subjects(DatasetGraph dsg, Node p, Node o, java.util.function.Predicate<Node> counts) {
        long n = 0;
        Node last = null;
        boolean counted = false;
        for (var it = dsg.find(Node.ANY, Node.ANY, p, o); it.hasNext(); ) {
            var q = it.next();
            if (!q.getSubject().equals(last)) {
                last = q.getSubject();
                counted = false;
            }
            if (!counted && counts.test(q.getGraph())) {
                n++;
                counted = true;
            }
        }
        return n;
    }
}
