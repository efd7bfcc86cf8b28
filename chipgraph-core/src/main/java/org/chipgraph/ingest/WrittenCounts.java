package org.chipgraph.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.chipgraph.fact.Relation;
import org.chipgraph.rdf.CG;
import org.chipgraph.store.TdbStore;

/**
 * What an ingest wrote, counted in the store the way {@code chipgraph stats} counts: fact triples, claim
 * nodes, discovered entities and quads of the graphs written. Ingested into an empty store, these are the
 * numbers stats shows (facts = the sum of its facts per relation).
 */
public record WrittenCounts(long facts, long claims, long discovered, long quads) {

    public static WrittenCounts of(TdbStore store, List<String> graphIris) {
        Set<Node> relations = new HashSet<>();
        for (Relation r : Relation.values()) relations.add(CG.term(r.localName));
        return store.read(dsg -> {
            long facts = 0, claims = 0, quads = 0;
            Set<Node> discovered = new HashSet<>();
            for (String iri : graphIris) {
                Node g = NodeFactory.createURI(iri);
                boolean document = dsg.contains(g, g, CG.type, CG.Document);
                // one pass over the graph's quads: a find per predicate costs ten times as much over thousands of graphs
                for (var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                    var q = it.next();
                    quads++;
                    Node p = q.getPredicate();
                    if (p.equals(CG.type)) {
                        if (q.getObject().equals(CG.Claim)) claims++;
                        else if (q.getObject().equals(CG.DiscoveredEntity)) discovered.add(q.getSubject());
                    } else if (document && relations.contains(p)) {
                        facts++;
                    }
                }
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

    /**
     * The store's totals, the same numbers as the first lines of 'chipgraph stats', counted by index
     * scans rather than stats' queries (a tenth of the time on a large store).
     */
    public static String storeLine(TdbStore store) {
        return store.read(dsg -> {
            long quads = count(dsg, Node.ANY, Node.ANY, Node.ANY, Node.ANY) - count(dsg, org.chipgraph.store.SummaryGraph.NODE, Node.ANY, Node.ANY, Node.ANY);
            Set<Node> docs = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, CG.type, CG.Document).forEachRemaining(q -> { if (q.getGraph().equals(q.getSubject())) docs.add(q.getSubject()); });
            Set<Node> claims = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, CG.type, CG.Claim).forEachRemaining(q -> claims.add(q.getSubject()));
            return String.format("the store holds %d documents, %d claims, %d quads", docs.size(), claims.size(), quads);
        });
    }
}
