package org.chipgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/** "Which entities are called something like X": the name index's hits with class and number of sources. */
public final class NameSearch {
    private NameSearch() {}

    private static final Query SOURCES = QueryFactory.create("""
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { { ?c rdf:subject ?e } UNION { ?c rdf:object ?e } ?c prov:wasDerivedFrom ?d }""");

    /** Columns of a search answer, in order. */
    public static final List<String> COLUMNS = List.of("name", "class", "matched", "match", "score", "sources", "iri");

    /** One row per entity: its label, class, the name that matched, how, the score, its source count and IRI. */
    public static List<Map<String, String>> search(DatasetGraph dsg, String text, int limit) {
        if (text == null || NameIndex.normal(text).isEmpty()) throw new ParameterException("search: expected some text to look for, e.g. chipgraph search \"Huawei Technologies\"");
        List<NameIndex.Hit> hits = NameIndex.of(dsg).searchAll(text, limit);
        return Txn.calculateRead(dsg, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            for (NameIndex.Hit h : hits) {
                Map<String, String> r = new LinkedHashMap<>();
                r.put("name", h.label());
                r.put("class", h.types().isEmpty() ? "other" : h.types().stream().map(t -> t.noun).collect(Collectors.joining(", ")));
                r.put("matched", h.name());
                r.put("match", h.match());
                r.put("score", String.format(java.util.Locale.ROOT, "%.2f", h.score()));
                r.put("sources", Long.toString(sources(dsg, h.iri())));
                r.put("iri", h.iri());
                rows.add(r);
            }
            return rows;
        });
    }

    private static long sources(DatasetGraph dsg, String iri) {
        var b = BindingBuilder.create().add(Var.alloc("e"), NodeFactory.createURI(iri)).build();
        try (QueryExec ex = QueryExec.dataset(dsg).query(SOURCES).substitution(b).build()) {
            return Long.parseLong(ex.select().next().get("n").getLiteralLexicalForm());
        }
    }
}
