package org.chipgraph.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.chipgraph.fact.Relation;
import org.chipgraph.query.StoreStats;
import org.chipgraph.rdf.CG;
import org.chipgraph.store.TdbStore;

/**
 * What an ingest wrote, counted in the store the way {@code chipgraph stats} counts: fact triples, claim
 * nodes, discovered entities and quads of the graphs written. Ingested into an empty store, these are the
 * numbers stats shows (facts = the sum of its facts per relation).
 */
public record WrittenCounts(long facts, long claims, long discovered, long quads) {

    public static WrittenCounts of(TdbStore store, List<String> graphIris) {
        return store.read(dsg -> {
            long facts = 0, claims = 0, quads = 0;
            Set<Node> discovered = new HashSet<>();
            for (String iri : graphIris) {
                Node g = NodeFactory.createURI(iri);
                quads += count(dsg, g, Node.ANY, Node.ANY, Node.ANY);
                claims += count(dsg, g, Node.ANY, CG.type, CG.Claim);
                if (dsg.contains(g, g, CG.type, CG.Document)) {
                    for (Relation r : Relation.values()) facts += count(dsg, g, Node.ANY, CG.term(r.localName), Node.ANY);
                }
                dsg.find(g, Node.ANY, CG.type, CG.DiscoveredEntity).forEachRemaining(q -> discovered.add(q.getSubject()));
            }
            return new WrittenCounts(facts, claims, discovered.size(), quads);
        });
    }

    private static long count(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        long n = 0;
        for (var it = dsg.find(g, s, p, o); it.hasNext(); it.next()) n++;
        return n;
    }

    public String line(IngestSummary s) {
        int docs = s.documents() + s.tables();
        return String.format("ingested %d document%s (%d article%s, %d table%s): %d facts, %d claims, %d discovered entities, %d quads written, %d file%s skipped, %d failed, %.1f s",
                docs, docs == 1 ? "" : "s", s.documents(), s.documents() == 1 ? "" : "s", s.tables(), s.tables() == 1 ? "" : "s",
                facts, claims, discovered, quads, s.skipped(), s.skipped() == 1 ? "" : "s", s.failures().size(), s.seconds());
    }

    /** The store's totals, the same numbers as the first lines of 'chipgraph stats'. */
    public static String storeLine(TdbStore store) {
        StoreStats st = StoreStats.of(store);
        return String.format("the store holds %d documents, %d claims, %d quads", st.documents(), st.claims(), st.quads());
    }
}
