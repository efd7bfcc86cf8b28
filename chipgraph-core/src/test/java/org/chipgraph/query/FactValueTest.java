package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.chipgraph.store.GraphContent;
import org.chipgraph.store.TdbStore;
import org.chipgraph.store.TrigGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cgf:citation and the other cgf: functions read the values the summary graph holds on a fact's node, as the SHA-1 lookup does. */
class FactValueTest {
    static final String PREFIXES = "PREFIX cg: <https://w3id.org/chipgraph/ontology#> PREFIX cgf: <https://w3id.org/chipgraph/function#> "
            + "PREFIX cgg: <https://w3id.org/chipgraph/graph/> PREFIX ctl: <https://w3id.org/chipgraph/id/control/> PREFIX chip: <https://w3id.org/chipgraph/id/chip/> ";

    @TempDir Path tmp;

    /** The store of the fact-rows fixture (store/FactRowsTest): us-2023 restricts the H100 (three documents, one denying) and the H800. */
    static TdbStore store(Path db) throws IOException {
        TdbStore store = TdbStore.open(db);
        store.replaceGraphs(TrigGraphs.resource("/store/fact-rows.trig").values());
        return store;
    }

    static List<Map<String, String>> select(TdbStore store, String where) {
        TextQuery.register();
        return Txn.calculateRead(store.datasetGraph(), () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(QueryFactory.create(PREFIXES + "SELECT * WHERE { " + where + " }")).build()) {
                exec.select().forEachRemaining((Binding b) -> {
                    Map<String, String> row = new java.util.TreeMap<>();
                    b.vars().forEachRemaining(v -> { if (b.get(v).isLiteral()) row.put(v.getVarName(), b.get(v).getLiteralLexicalForm()); });
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    static final String BY_SHA1 = "BIND(IRI(CONCAT(\"https://w3id.org/chipgraph/id/fact/\", SHA1(CONCAT(STR(ctl:us-2023), \" \", STR(cg:restricts), \" \", STR(chip:h100))))) AS ?f) "
            + "GRAPH cgg:summary { ?f cg:citation ?citation ; cg:seatCitation ?seat ; cg:sourceCount ?sources ; cg:earliestDate ?date }";

    @Test
    void theFunctionsGiveWhatTheFactNodeHolds() throws IOException {
        try (TdbStore store = store(tmp.resolve("db"))) {
            List<Map<String, String>> looked = select(store, BY_SHA1);
            assertFalse(looked.isEmpty(), "the fact node is there");
            List<Map<String, String>> read = select(store, "BIND(cgf:citation(ctl:us-2023, cg:restricts, chip:h100) AS ?citation) "
                    + "BIND(cgf:seatCitation(ctl:us-2023, cg:restricts, chip:h100) AS ?seat) BIND(cgf:sourceCount(ctl:us-2023, cg:restricts, chip:h100) AS ?sources) "
                    + "BIND(cgf:earliestDate(ctl:us-2023, cg:restricts, chip:h100) AS ?date)");
            assertEquals(looked, read);
            assertEquals("2", read.get(0).get("sources"));
        }
    }

    @Test
    void aFactWithoutAValueLeavesTheVariableUnbound() throws IOException {
        try (TdbStore store = store(tmp.resolve("db"))) {
            store.removeGraphs(List.of("https://w3id.org/chipgraph/id/doc/c.txt", "https://w3id.org/chipgraph/id/doc/d.txt"));
            assertEquals(List.of(Map.of()), select(store, "BIND(cgf:citation(ctl:us-2023, cg:restricts, chip:h100) AS ?citation)"),
                    "every claim left denies it");
            assertEquals(List.of(Map.of()), select(store, "BIND(cgf:sourceCount(ctl:us-2023, cg:restricts, chip:nothing) AS ?sources)"), "no such fact");
        }
    }
}
