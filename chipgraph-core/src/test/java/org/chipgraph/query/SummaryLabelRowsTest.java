package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** {@code (?a ?b) cgf:labels (?la ?lb)} gives the rows of one {@code OPTIONAL { ?x cgf:label ?lx }} per entity, in their order. */
class SummaryLabelRowsTest {
    @TempDir static Path tmp;
    static TdbStore store;

    @BeforeAll
    static void load() throws IOException {
        store = TdbStore.open(tmp.resolve("db"));
        try (InputStream in = SummaryLabelRowsTest.class.getResourceAsStream("/query/summary-labels.trig")) {
            Txn.executeWrite(store.datasetGraph(), () -> RDFDataMgr.read(store.datasetGraph(), in, Lang.TRIG));
        }
        store.rebuildSummary();
        TextQuery.register();
    }

    @AfterAll
    static void close() { store.close(); }

    /** The rows in the order the engine gives them (not sorted: the questions page them in that order). */
    static List<String> rows(String where) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph())
                    .query(QueryFactory.create(SummaryLabelsTest.PREFIXES + "SELECT ?s ?o ?sl ?ol WHERE { " + where + " }")).build()) {
                exec.select().forEachRemaining(b -> out.add(String.valueOf(b.get("s")) + " " + b.get("o") + " " + b.get("sl") + " " + b.get("ol")));
            }
            return out;
        });
    }

    @Test
    void givesTheRowsOfOneOptionalLabelPerEntityInTheirOrder() {
        // Two has two labels (a row each, for each label of the other entity), None has none (left unbound).
        String facts = "GRAPH cgg:summary { ?s cg:supplies ?o } ";
        List<String> byOptionals = rows(facts + "OPTIONAL { ?s cgf:label ?sl } OPTIONAL { ?o cgf:label ?ol }");
        List<String> inOneStep = rows(facts + "(?s ?o) cgf:labels (?sl ?ol) .");
        assertEquals(byOptionals, inOneStep);
        assertEquals(5, inOneStep.size(), inOneStep.toString());
    }

    @Test
    void refusesFewerLabelVariablesThanEntities() {
        assertThrows(RuntimeException.class, () -> rows("GRAPH cgg:summary { ?s cg:supplies ?o } (?s ?o) cgf:labels (?sl) ."));
    }
}
