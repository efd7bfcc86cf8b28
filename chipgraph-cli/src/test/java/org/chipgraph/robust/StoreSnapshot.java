package org.chipgraph.robust;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.chipgraph.store.TdbStore;

/**
 * Every named graph of a store, copied into memory. Two snapshots are equal when they name the same
 * graphs and each pair is isomorphic (the ontology graph holds blank nodes, so plain quad comparison
 * would not do).
 */
public record StoreSnapshot(Map<String, Graph> graphs) {

    public static StoreSnapshot of(Path storeDir) {
        try (TdbStore store = TdbStore.open(storeDir)) {
            return of(store);
        }
    }

    public static StoreSnapshot of(TdbStore store) {
        return new StoreSnapshot(store.read(dsg -> {
            Map<String, Graph> out = new TreeMap<>();
            dsg.find().forEachRemaining((Quad q) -> {
                Node g = q.getGraph();
                // The summary graph is derived from the others (adding a document changes it); see SummaryInStep.
                if (org.chipgraph.store.SummaryGraph.isSummary(g)) return;
                out.computeIfAbsent(g.isURI() ? g.getURI() : g.toString(), k -> GraphFactory.createDefaultGraph()).add(q.asTriple());
            });
            return out;
        }));
    }

    public long quadCount() { return graphs.values().stream().mapToLong(Graph::size).sum(); }

    /** The graph names on which the two snapshots differ, with why; empty when they are equal. */
    public List<String> differences(StoreSnapshot other) {
        List<String> out = new ArrayList<>();
        for (var e : graphs.entrySet()) {
            Graph theirs = other.graphs.get(e.getKey());
            if (theirs == null) out.add(e.getKey() + ": only in the first store (" + e.getValue().size() + " triples)");
            else if (!sameGraph(e.getValue(), theirs)) out.add(e.getKey() + ": differs (" + e.getValue().size() + " vs " + theirs.size() + " triples)");
        }
        for (var e : other.graphs.entrySet()) {
            if (!graphs.containsKey(e.getKey())) out.add(e.getKey() + ": only in the second store (" + e.getValue().size() + " triples)");
        }
        return out;
    }

    public static boolean sameGraph(Graph a, Graph b) {
        return a.size() == b.size() && a.isIsomorphicWith(b);
    }
}
