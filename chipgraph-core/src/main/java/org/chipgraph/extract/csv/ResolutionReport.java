package org.chipgraph.extract.csv;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.exec.QueryExec;
import org.chipgraph.store.TdbStore;

/**
 * What entity resolution did across the ingested tables, read back from the store's cg:Resolution records:
 * each distinct (type, name in source) with the entity it resolved to, the rule, and in how many documents.
 * Merged names (resolved to a reference entity) and discovered ones (new entities) are told apart by the rule.
 */
public final class ResolutionReport {
    private ResolutionReport() {}

    public record Row(String type, String sourceName, String entity, String entityLabel, String rule, long documents) {
        public boolean merged() { return !rule.equals("discovered"); }
    }

    static final String QUERY = """
            PREFIX cg:   <https://w3id.org/chipgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?type ?name ?entity ?rule (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?g) AS ?docs) WHERE {
              GRAPH ?g { ?r a cg:Resolution ; cg:sourceName ?name ; cg:resolvedType ?t ; cg:resolvedTo ?entity ; cg:resolutionRule ?rule }
              BIND(STRAFTER(STR(?t), "#") AS ?type)
              OPTIONAL { ?entity rdfs:label ?l }
            }
            GROUP BY ?type ?name ?entity ?rule
            ORDER BY ?type ?entity ?name
            """;

    public static List<Row> rows(TdbStore store) {
        return store.read(d -> {
            List<Row> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(d).query(QUERY).build()) {
                qe.select().forEachRemaining(b -> out.add(new Row(
                        b.get("type").getLiteralLexicalForm(),
                        b.get("name").getLiteralLexicalForm(),
                        b.get("entity").getURI(),
                        b.get("label") == null ? "" : b.get("label").getLiteralLexicalForm(),
                        b.get("rule").getLiteralLexicalForm(),
                        Long.parseLong(b.get("docs").getLiteralLexicalForm()))));
            }
            return out;
        });
    }
}
