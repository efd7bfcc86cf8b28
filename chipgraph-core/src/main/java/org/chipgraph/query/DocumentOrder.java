package org.chipgraph.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.rdf.CG;
import org.chipgraph.store.SummaryGraph;

/**
 * The document graphs in the order of their name (the facts table's {@code ?doc}: source path, else file name),
 * graphs of one name together. Listing and sorting a 10 M-quad store's 100,000 documents takes a second or more,
 * so the list is kept for the version of the TDB2 store it was read from (TDB2 counts its committed writes: the
 * read transaction's data version) and read again after any write, compaction or bulk load; with it, where the
 * pages already answered began, so paging on through the facts reads each document about once.
 */
final class DocumentOrder {
    /**
     * The documents of one version of the store, and where pages already answered found their rows: for a question
     * and its parameters, the rows that come before document i (at the documents where a run started), so the next
     * page starts there instead of running the question on every document before it again.
     */
    record Listing(List<List<Node>> docs, Map<String, NavigableMap<Long, Integer>> marks) {
        /** The marks of one question with its parameters (row count before a document -> that document's index). */
        NavigableMap<Long, Integer> marks(String key) { return marks.computeIfAbsent(key, k -> new ConcurrentSkipListMap<>()); }
    }

    private static final PerStoreVersion<Listing> LISTED = new PerStoreVersion<>(d -> new Listing(list(d), new ConcurrentHashMap<>()));

    /** How many times they have been read in this process ({@link StoreWarmup#reads}). */
    static long reads() { return LISTED.reads(); }

    private DocumentOrder() {}

    /** The documents as the current read transaction sees them; call inside it (outside one, listed anew each call). */
    static Listing of(DatasetGraph dsg) {
        Listing listing = LISTED.get(dsg);
        return listing != null ? listing : new Listing(list(dsg), new ConcurrentHashMap<>());
    }

    private static List<List<Node>> list(DatasetGraph dsg) {
        TreeMap<String, List<Node>> byName = new TreeMap<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, CG.fileName, Node.ANY); it.hasNext();) {
            Quad quad = it.next();
            Node g = quad.getGraph();
            if (!g.equals(quad.getSubject()) || SummaryGraph.isSummary(g) || !quad.getObject().isLiteral()) continue;
            Iterator<Quad> path = dsg.find(g, g, CG.sourcePath, Node.ANY);
            String name = path.hasNext() ? path.next().getObject().getLiteralLexicalForm() : quad.getObject().getLiteralLexicalForm();
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(g);
        }
        return List.copyOf(byName.values());
    }
}
