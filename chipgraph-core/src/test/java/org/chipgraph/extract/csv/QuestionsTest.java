package org.chipgraph.extract.csv;

import static org.chipgraph.extract.csv.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The questions in queries/ that need news and tables, run against a store built from the test CSV files and
 * news-like facts (news.trig), with their example parameters bound as constants.
 */
class QuestionsTest {

    @TempDir static Path dir;
    static TdbStore store;

    @BeforeAll
    static void build() {
        store = full(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static final Pattern PARAM = Pattern.compile("# param: (\\w+) (IRI|company|chip|control|country|string|integer|date) .+");
    private static final Pattern EXAMPLE = Pattern.compile("# example: (.+)");

    static final Map<String, String> TEST_PARAMS = Map.of(
            "chip-purchases-news-vs-tables.rq", "company=https://w3id.org/chipgraph/id/company/microsoft",
            "chips-bought-with-specs.rq", "company=https://w3id.org/chipgraph/id/company/microsoft",
            "news-companies-or-affiliates-on-entity-list.rq", "company=https://w3id.org/chipgraph/id/company/huawei",
            "news-suppliers-supply-chain-inputs.rq", "customer=https://w3id.org/chipgraph/id/company/smic",
            "restricted-chips-by-foundry.rq", "foundry=https://w3id.org/chipgraph/id/company/tsmc");

    /** Runs a question file with its example parameters (or this store's, above); checks its header on the way. */
    static List<Binding> run(String file) throws Exception {
        String text = Files.readString(Path.of("queries", file));
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).startsWith("# title: ") && lines.get(0).endsWith("?"), file + ": first line is '# title: ...?'");
        assertTrue(lines.get(1).startsWith("# description: "), file + ": second line is '# description: ...'");
        Map<String, String> types = new HashMap<>();
        Map<Var, Node> params = new HashMap<>();
        for (String l : lines) {
            Matcher m = PARAM.matcher(l);
            if (m.matches()) types.put(m.group(1), m.group(2));
            m = EXAMPLE.matcher(l);
            if (m.matches()) {
                // The examples name the demo's samples; this store is built from the test tables.
                for (String kv : TEST_PARAMS.getOrDefault(file, m.group(1)).split("\\s+")) {
                    String[] p = kv.split("=", 2);
                    assertTrue(types.containsKey(p[0]), file + ": example names undeclared parameter " + p[0]);
                    params.put(Var.alloc(p[0]), p[1].startsWith("https://") ? NodeFactory.createURI(p[1]) : NodeFactory.createLiteralString(p[1]));
                }
            }
        }
        assertEquals(types.keySet().size(), params.size(), file + ": every parameter has an example value");
        Query q = QueryFactory.create(text);
        for (String name : types.keySet()) assertTrue(text.contains("?" + name), file + ": parameter ?" + name + " used in the query");
        return select(store, q, params);
    }

    static boolean anyRow(List<Binding> rows, String var, String valueSuffix) {
        return rows.stream().anyMatch(b -> b.get(var) != null && b.get(var).toString().replace("\"", "").endsWith(valueSuffix));
    }

    @Test
    void restrictedChipsFabricatedByTsmcIncludeTheH100Variants() throws Exception {
        List<Binding> rows = run("restricted-chips-by-foundry.rq");
        assertTrue(rows.stream().anyMatch(b -> b.get("chipName").getLiteralLexicalForm().equals("NVIDIA H100 SXM5 80GB")
                && b.get("control").getURI().endsWith("/control/us-2022-10")), rows.toString());
        assertFalse(anyRow(rows, "chip", "/chip/ascend-910c"), "no news restricts the Ascend 910C");
    }

    @Test
    void entityListCompaniesTradingInTheNewsAreSmicAsSupplier() throws Exception {
        List<Binding> rows = run("entity-list-companies-trading-in-news.rq");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(b -> b.get("company") != null), rows.toString());
        assertTrue(rows.stream().anyMatch(b -> b.get("company").getURI().endsWith("/company/smic") && b.get("role").getLiteralLexicalForm().equals("supplier")
                && b.get("listed") != null), rows.toString());
        assertFalse(anyRow(rows, "company", "/company/nvidia"), "Nvidia is not on the Entity List");
        assertFalse(anyRow(rows, "company", "/company/asml"), "ASML is not on the Entity List");
    }

    @Test
    void chipsMicrosoftBuysComeWithProcessNodeAndFp16FromBothSources() throws Exception {
        List<Binding> rows = run("chips-bought-with-specs.rq");
        assertTrue(rows.stream().anyMatch(b -> b.get("chip").getURI().endsWith("/chip/h100") && b.get("fp16").getLiteralLexicalForm().endsWith(" TFLOP/s")
                && b.get("process").getLiteralLexicalForm().equals("5 nm") && b.get("sources").getLiteralLexicalForm().contains(".csv")
                && b.get("sources").getLiteralLexicalForm().contains(", ")), rows.toString());
    }

    @Test
    void bytedanceIsExposedToTheH20ControlThroughTheChipsItBuysAndNotThroughNvidia() {
        var rows = new org.chipgraph.query.QueryRunner(store.datasetGraph(), 30_000).page(0, 0)
                .rows(org.chipgraph.query.QuestionLibrary.load().get("company-export-control-exposure"), Map.of("company", "ByteDance"));
        assertTrue(rows.stream().anyMatch(r -> r.get("controlName").equals("US export controls 2025-04") && r.get("via").equals("H20")
                && r.get("path").equals("buys a restricted item")), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.get("controlName").equals("US Entity List")), "Nvidia, its supplier, is not listed: " + rows);
        assertFalse(rows.stream().anyMatch(r -> r.get("via").equals("Nvidia")), "Nvidia is an exporter, not a restricted party: " + rows);
    }

    @Test
    void huaweiAndItsAffiliatesOnTheEntityListAreFoundWithTheLinkRule() throws Exception {
        List<Binding> rows = run("news-companies-or-affiliates-on-entity-list.rq");
        assertTrue(rows.stream().anyMatch(b -> b.get("link").getLiteralLexicalForm().equals("itself") && b.get("notices") != null
                && b.get("notices").getLiteralLexicalForm().contains("84 FR 22963")), rows.toString());
        assertTrue(rows.stream().anyMatch(b -> b.get("link").getLiteralLexicalForm().equals("affiliateOf")
                && b.get("partyName").getLiteralLexicalForm().equals("Beijing Huawei Digital Technologies Co., Ltd.")
                && b.get("rule").getLiteralLexicalForm().equals("name contains 'Huawei'")), rows.toString());
    }

    @Test
    void newsSuppliersOfSmicProvideEuvToolsWithFullMarketShare() throws Exception {
        List<Binding> rows = run("news-suppliers-supply-chain-inputs.rq");
        assertTrue(rows.stream().anyMatch(b -> b.get("supplier").getURI().endsWith("/company/asml") && b.get("input").getURI().endsWith("/input/N20")
                && Double.parseDouble(b.get("share").getLiteralLexicalForm()) == 100.0), rows.toString());
    }

    @Test
    void microsoftsReportedH100PurchaseSitsNextToEpochsUnitCounts() throws Exception {
        List<Binding> rows = run("chip-purchases-news-vs-tables.rq");
        assertTrue(rows.stream().anyMatch(b -> b.get("chip").getURI().endsWith("/chip/h100") && b.get("newsQuantity").getLiteralLexicalForm().equals("150000")
                && b.get("epochUnits") != null && b.get("h100e") != null), rows.toString());
    }
}
