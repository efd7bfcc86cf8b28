package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ?e cgf:label ?l} gives the rows of {@code GRAPH cgg:summary { ?e rdfs:label ?l }}, though it looks each entity up once per run. */
class SummaryLabelsTest {
    static final String PREFIXES = "PREFIX cg: <https://w3id.org/chipgraph/ontology#> PREFIX cgf: <https://w3id.org/chipgraph/function#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX cgg: <https://w3id.org/chipgraph/graph/> ";

    @TempDir static Path tmp;
    static TdbStore store;

    @BeforeAll
    static void load() throws IOException {
        store = TdbStore.open(tmp.resolve("db"));
        try (InputStream in = SummaryLabelsTest.class.getResourceAsStream("/query/summary-labels.trig")) {
            Txn.executeWrite(store.datasetGraph(), () -> RDFDataMgr.read(store.datasetGraph(), in, Lang.TRIG));
        }
        store.rebuildSummary();
        TextQuery.register();
    }

    @AfterAll
    static void close() { store.close(); }

    static List<String> rows(String where) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph())
                    .query(QueryFactory.create(PREFIXES + "SELECT ?s ?o ?sl ?ol WHERE { " + where + " }")).build()) {
                exec.select().forEachRemaining(b -> out.add(String.valueOf(b.get("s")) + " " + b.get("o") + " " + b.get("sl") + " " + b.get("ol")));
            }
            out.sort(null);
            return out;
        });
    }

    @Test
    void givesTheSameRowsAsTheSummaryGraphsLabelsOnEveryRow() {
        // Entities repeat across rows (One on three rows), Two has two labels (two rows each), None has none (unbound).
        String facts = "GRAPH cgg:summary { ?s cg:supplies ?o } ";
        List<String> byPattern = rows(facts + "OPTIONAL { GRAPH cgg:summary { ?s rdfs:label ?sl } } OPTIONAL { GRAPH cgg:summary { ?o rdfs:label ?ol } }");
        List<String> byFunction = rows(facts + "OPTIONAL { ?s cgf:label ?sl } OPTIONAL { ?o cgf:label ?ol }");
        assertEquals(byPattern, byFunction);
        assertEquals(5, byFunction.size(), byFunction.toString());
    }

    @Test
    void aBoundLabelMatchesOnlyThatEntitysLabel() {
        assertEquals(List.of("https://w3id.org/chipgraph/id/company/two null null null"),
                rows("GRAPH cgg:summary { ?s a cg:Company } ?s cgf:label \"Zwei\"@de"));
    }
}
