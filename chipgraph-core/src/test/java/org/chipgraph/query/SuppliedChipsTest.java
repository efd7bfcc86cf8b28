package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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

/**
 * {@code (?supplier ?company) cgf:suppliedChips ?chips} gives, per supplier, the cell who-supplies' earlier sub-query
 * gave: the labels of the chips the company buys and the supplier makes, each once, in the same order.
 */
class SuppliedChipsTest {
    static final String PREFIXES = "PREFIX cg: <https://w3id.org/chipgraph/ontology#> PREFIX cgf: <https://w3id.org/chipgraph/function#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX cgg: <https://w3id.org/chipgraph/graph/> ";
    static final String CO = "https://w3id.org/chipgraph/id/company/";

    @TempDir static Path tmp;
    static TdbStore store;

    @BeforeAll
    static void load() throws IOException {
        store = TdbStore.open(tmp.resolve("db"));
        try (InputStream in = SuppliedChipsTest.class.getResourceAsStream("/query/supplied-chips.trig")) {
            Txn.executeWrite(store.datasetGraph(), () -> RDFDataMgr.read(store.datasetGraph(), in, Lang.TRIG));
        }
        store.rebuildSummary();
        TextQuery.register();
    }

    @AfterAll
    static void close() { store.close(); }

    /** Supplier IRI to its chips cell (null when unbound), for the company's suppliers in the summary graph. */
    static Map<String, String> cells(String company, String chips) {
        String where = ("GRAPH cgg:summary { ?supplier cg:supplies ?company } " + chips).replace("?company", "<" + CO + company + ">");
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph())
                    .query(QueryFactory.create(PREFIXES + "SELECT ?supplier ?chips WHERE { " + where + " } ORDER BY ?supplier")).build()) {
                exec.select().forEachRemaining(b -> out.put(b.get("supplier").getURI(), b.get("chips") == null ? null : b.get("chips").getLiteralLexicalForm()));
            }
            return out;
        });
    }

    static Map<String, String> byFunction(String company) { return cells(company, "(?supplier ?company) cgf:suppliedChips ?chips"); }

    static Map<String, String> bySubQuery(String company) {
        return cells(company, "OPTIONAL { SELECT ?supplier (GROUP_CONCAT(DISTINCT ?chipLabel; separator=\", \") AS ?chips) "
                + "WHERE { GRAPH cgg:summary { ?company cg:buys ?chip . ?supplier cg:makes ?chip . ?chip rdfs:label ?chipLabel } } GROUP BY ?supplier }");
    }

    @Test
    void givesEverySupplierTheCellTheEarlierSubQueryGave() {
        for (String company : new String[] {"acme", "bolt", "forge"}) assertEquals(bySubQuery(company), byFunction(company), company);
        assertEquals(4, byFunction("acme").size());
    }

    @Test
    void writesALabelTwoChipsShareOnce() {
        String forge = byFunction("acme").get(CO + "forge");
        assertEquals(2, forge.split(", ").length, forge);
        assertEquals(1, java.util.Arrays.stream(forge.split(", ")).filter("Spark"::equals).count(), forge);
    }

    @Test
    void namesOnlyChipsTheCompanyBuys() {
        String kiln = byFunction("acme").get(CO + "kiln");
        assertEquals(2, kiln.split(", ").length, kiln);
        assertEquals("Other", byFunction("bolt").get(CO + "kiln"));
    }

    @Test
    void leavesTheCellUnboundWhenNoChipTheCompanyBuysIsMadeByTheSupplierWithALabel() {
        assertNull(byFunction("acme").get(CO + "yard"), "makes none Acme buys");
        assertNull(byFunction("acme").get(CO + "mill"), "makes one Acme buys, without a label");
    }
}
