package org.chipgraph.ingest;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.chipgraph.fact.Relation;
import org.chipgraph.rdf.CG;
import org.chipgraph.store.IndexCount;
import org.chipgraph.store.SummaryGraph;
import org.chipgraph.store.TdbStore;

/**
 * What an ingest wrote, counted in the store the way {@code chipgraph stats} counts: fact triples, claim
 * nodes, discovered entities and quads of the graphs written. Ingested into an empty store, these are the
 * numbers stats shows (facts = the sum of its facts per relation).
 */
public record WrittenCounts(long facts, long claims, long discovered, long quads) {

    public static WrittenCounts of(TdbStore store, List<String> graphIris) {
        return store.read(dsg -> {
            // counted as node ids in the indexes: decoding a million-row table's quads filled TDB2's node cache
            IndexCount index = IndexCount.of(dsg);
            NodeId type = index.id(CG.type), claim = index.id(CG.Claim);
            Set<NodeId> relations = new HashSet<>();
            for (Relation r : Relation.values()) {
                NodeId id = index.id(CG.term(r.localName));
                if (id != null) relations.add(id);
            }
            long facts = 0, claims = 0, quads = 0;
            Set<NodeId> written = new HashSet<>();
            for (String iri : graphIris) {
                Node g = NodeFactory.createURI(iri);
                NodeId gid = index.id(g);
                if (gid == null) continue;
                written.add(gid);
                boolean document = dsg.contains(g, g, CG.type, CG.Document);
                // one pass over the graph's quads: a find per predicate costs ten times as much over thousands of graphs
                for (Iterator<Tuple<NodeId>> it = index.quads(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                    Tuple<NodeId> q = it.next();
                    quads++;
                    NodeId p = q.get(2);
                    if (p.equals(type)) {
                        if (q.get(3).equals(claim)) claims++;
                    } else if (document && relations.contains(p)) {
                        facts++;
                    }
                }
            }
            // an entity discovered in several of the graphs counts once; no set of the entities (a table has millions)
            long discovered = index.subjects(CG.type, CG.DiscoveredEntity, written);
            return new WrittenCounts(facts, claims, discovered, quads);
        });
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
            IndexCount index = IndexCount.of(dsg);
            long quads = index.allBut(SummaryGraph.NODE); // the summary graph is derived data, as in stats
            Set<Node> docs = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, CG.type, CG.Document).forEachRemaining(q -> { if (q.getGraph().equals(q.getSubject())) docs.add(q.getSubject()); });
            long claims = index.subjects(CG.type, CG.Claim, null); // named graphs, as stats: GRAPH ?g { ?c a cg:Claim }
            return String.format("the store holds %d documents, %d claims, %d quads", docs.size(), claims, quads);
        });
    }
}
