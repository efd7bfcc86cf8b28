package org.chipgraph.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.chipgraph.fact.Relation;
import org.chipgraph.store.TdbStore;

/** The store's counts, in a stable order so that the same store always prints the same text. */
public record StoreStats(long quads, int graphs, long documents, long claims, Map<String, Long> entities, Map<String, Long> facts) {

    private static final String PREFIX = "PREFIX cg: <https://w3id.org/chipgraph/ontology#>\n";

    public static StoreStats of(TdbStore store) {
        long quads = store.quadCount();
        int graphs = store.graphNames().size();
        return store.read(dsg -> {
            long docs = count(dsg, PREFIX + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?d { ?d a cg:Document } }");
            long claims = count(dsg, PREFIX + "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a cg:Claim } }");
            Map<String, Long> entities = new TreeMap<>();
            for (String cls : new String[] {"Company", "Chip", "Country", "ExportControl", "Supplier", "DiscoveredEntity"}) {
                entities.put(cls, count(dsg, PREFIX + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a cg:" + cls + " }"));
            }
            Map<String, Long> facts = new LinkedHashMap<>();
            for (Relation r : Relation.values()) {
                facts.put(r.localName, count(dsg, PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s cg:" + r.localName + " ?o . ?g a cg:Document } }"));
            }
            return new StoreStats(quads, graphs, docs, claims, entities, facts);
        });
    }

    private static long count(org.apache.jena.sparql.core.DatasetGraph dsg, String sparql) {
        try (QueryExec e = QueryExec.dataset(dsg).query(QueryFactory.create(sparql)).build()) {
            var row = e.select().next();
            return Long.parseLong(row.get("n").getLiteralLexicalForm());
        }
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("quads        %d%n", quads));
        b.append(String.format("graphs       %d%n", graphs));
        b.append(String.format("documents    %d%n", documents));
        b.append(String.format("claims       %d%n", claims));
        b.append("entities\n");
        entities.forEach((k, v) -> b.append(String.format("  %-18s %d%n", k, v)));
        b.append("facts per relation (plain triples in document graphs)\n");
        facts.forEach((k, v) -> b.append(String.format("  %-18s %d%n", k, v)));
        return b.toString();
    }
}
