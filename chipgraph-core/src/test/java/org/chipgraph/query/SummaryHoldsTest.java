package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** {@code cgf:holds} and {@code cgf:someHolds} answer what the EXISTS they stand for answers, on the exposure fixture. */
class SummaryHoldsTest {
    static final String PREFIXES = SummaryLabelsTest.PREFIXES + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ";
    @TempDir static Path tmp;
    static TdbStore store;

    @BeforeAll
    static void load() throws IOException {
        store = TdbStore.open(tmp.resolve("db"));
        try (InputStream in = SummaryHoldsTest.class.getResourceAsStream("/query/exposure.trig")) {
            Txn.executeWrite(store.datasetGraph(), () -> RDFDataMgr.read(store.datasetGraph(), in, Lang.TRIG));
        }
        store.rebuildSummary();
        TextQuery.register();
    }

    @AfterAll
    static void close() { store.close(); }

    /** "entity class test" for every entity and class of the fixture, in the engine's order. */
    static List<String> rows(String test) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            List<String> out = new ArrayList<>();
            String q = PREFIXES + "SELECT ?e ?c ?t WHERE { { SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e a ?any } } } "
                    + "VALUES ?c { cg:Chip cg:Country cg:Company cg:ExportControl cg:RestrictedPartyList } BIND(" + test + " AS ?t) }";
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(QueryFactory.create(q)).build()) {
                exec.select().forEachRemaining(b -> out.add(b.get("e") + " " + b.get("c") + " " + b.get("t")));
            }
            return out;
        });
    }

    @Test
    void holdsAnswersAsExistsInTheSummaryGraph() {
        List<String> byExists = rows("EXISTS { GRAPH cgg:summary { ?e a ?c } }");
        assertEquals(byExists, rows("cgf:holds(?e, rdf:type, ?c)"));
        assertTrue(byExists.stream().anyMatch(r -> r.contains("\"true\"")) && byExists.stream().anyMatch(r -> r.contains("\"false\"")));
    }

    @Test
    void someHoldsAnswersAsExistsOverTheMembersOfTheClass() {
        // the fixture's list names Listed Party and Named Party; the rule (not a list) names others
        List<String> byExists = rows("EXISTS { GRAPH cgg:summary { ?list a ?c ; cg:restricts ?e } }");
        assertEquals(byExists, rows("cgf:someHolds(?c, cg:restricts, ?e)"));
        assertEquals(List.of("https://w3id.org/chipgraph/id/company/listed-party", "https://w3id.org/chipgraph/id/company/named-party"),
                byExists.stream().filter(r -> r.contains("#RestrictedPartyList \"true\"")).map(r -> r.split(" ")[0]).sorted().toList());
    }
}
