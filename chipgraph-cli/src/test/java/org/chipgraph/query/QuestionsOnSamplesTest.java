package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chipgraph.cli.Cli;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each question of queries/ against the graph built from the project's samples (samples/ articles and samples-tables/). */
@Tag("integration")
class QuestionsOnSamplesTest {
    static Path dir;
    static TdbStore store;
    static QueryRunner runner;
    static QuestionLibrary library;

    @BeforeAll
    static void ingestSamples() throws Exception {
        dir = Files.createTempDirectory("questions");
        Cli r = Cli.run("ingest", "--db", dir.resolve("db").toString(), "samples", "samples-tables");
        assertEquals(0, r.exit(), r.err());
        store = TdbStore.openExisting(dir.resolve("db"));
        runner = new QueryRunner(store.datasetGraph(), 30_000);
        library = QuestionLibrary.load();
    }

    @AfterAll
    static void close() {
        store.close();
        org.chipgraph.store.Dirs.deleteTree(dir);
    }

    static List<Map<String, String>> ask(String question, Map<String, String> params) {
        return runner.rows(library.get(question), params);
    }

    static boolean has(List<Map<String, String>> rows, Map<String, String> expected) {
        return rows.stream().anyMatch(r -> expected.entrySet().stream().allMatch(e -> e.getValue().equals(r.get(e.getKey()))));
    }

    @Test
    void whoSuppliesNamesTheSupplierTheChipAndTheSentence() {
        var rows = ask("who-supplies", Map.of("company", "Alibaba"));
        assertTrue(has(rows, Map.of("supplier", "Huawei", "chips", "Ascend 910C", "source", "en-alibaba-ascend-orders.txt")), rows.toString());
        assertTrue(rows.stream().filter(r -> r.get("source").endsWith(".txt")).allMatch(r -> r.get("evidence").contains("Alibaba")), rows.toString());
        // Nvidia is named as Alibaba's supplier by the article ("deploys Nvidia's H20 chips") and by the table sample's row
        assertTrue(has(rows, Map.of("supplier", "Nvidia", "sources", "2")), "the article's sentence and the table sample's row: " + rows);
    }

    @Test
    void supplyNetworkListsEachPairWithItsSources() {
        var rows = ask("supply-network", Map.of());
        assertTrue(has(rows, Map.of("supplier", "Nvidia", "customer", "ByteDance", "sources", "de-bytedance-nvidia-bestellung.txt, chip-owners.sample.csv")), rows.toString());
        assertTrue(has(rows, Map.of("supplier", "Huawei", "customer", "Alibaba")), rows.toString());
    }

    @Test
    void companyChipsGiveQuantitiesWithTheirBounds() {
        var rows = ask("company-chips", Map.of("company", "Alibaba"));
        assertTrue(has(rows, Map.of("chip", "Ascend 910C", "relation", "orders", "quantity", ">50000", "date", "2025")), rows.toString());
        assertTrue(has(rows, Map.of("chip", "Ascend 910C", "relation", "receives", "quantity", "<12000", "date", "2025-02")), rows.toString());
        assertTrue(has(rows, Map.of("chip", "H20", "relation", "buys")), rows.toString());
    }

    @Test
    void ordersAreSetAgainstDeliveries() {
        var rows = ask("orders-vs-deliveries", Map.of());
        assertTrue(has(rows, Map.of("company", "ByteDance", "chip", "H20", "ordered", ">200000", "received", "<40000", "receivedDate", "2025-01")), rows.toString());
    }

    @Test
    void controlReachListsChipsAndCountriesWithTheIssuer() {
        var rows = ask("control-reach", Map.of("control", "US export controls 2024-12"));
        assertTrue(has(rows, Map.of("target", "H800", "role", "restricted item", "issuer", "United States")), rows.toString());
        assertTrue(has(rows, Map.of("target", "China", "role", "restricted destination")), rows.toString());
    }

    @Test
    void exposureFollowsRestrictedCountriesToTheirBuyers() {
        var rows = ask("control-exposure", Map.of("control", "US export controls 2023-10"));
        assertTrue(has(rows, Map.of("companyName", "Alibaba", "via", "China", "through", "H20")), rows.toString());
        assertFalse(has(rows, Map.of("companyName", "Alibaba", "through", "Ascend 910C")), "Alibaba buys the Ascend from Huawei inside China: " + rows);
        assertFalse(has(rows, Map.of("companyName", "Nvidia")), "Nvidia is not in China: " + rows);
    }

    @Test
    void entitySourcesGiveSentenceOffsetsIntoTheFile() throws Exception {
        var rows = ask("entity-sources", Map.of("entity", "Huawei"));
        var row = rows.stream().filter(r -> r.get("relation").equals("supplies") && r.get("object").equals("Alibaba")).findFirst().orElseThrow();
        String[] span = row.get("where").replace("chars ", "").split("-");
        String text = Files.readString(Path.of("samples", row.get("source")));
        assertEquals(row.get("evidence"), text.substring(Integer.parseInt(span[0]), Integer.parseInt(span[1])));
        assertEquals("planned", row.get("stance"), "'Huawei will supply' is a plan, spelt as in company-chips");
    }

    @Test
    void denialsNameWhoDeniedWhat() {
        var rows = ask("denials", Map.of());
        assertTrue(has(rows, Map.of("who", "Huawei", "source", "en-alibaba-ascend-orders.txt")), rows.toString());
        assertTrue(has(rows, Map.of("who", "ByteDance", "source", "de-bytedance-nvidia-bestellung.txt")), rows.toString());
    }

    @Test
    void deniedSupplyIsNotAPositiveFact() {
        // "Huawei denied that it had received chips from TSMC": no TSMC supplies Huawei anywhere.
        var rows = ask("supply-network", Map.of());
        assertFalse(has(rows, Map.of("supplier", "TSMC", "customer", "Huawei")), rows.toString());
    }

    @Test
    void chipMakersGiveDesignerFoundryAndMarket() {
        var rows = ask("chip-makers", Map.of());
        assertTrue(has(rows, Map.of("chip", "Ascend 910C", "maker", "Huawei", "chipFoundries", "SMIC")), rows.toString());
        assertTrue(has(rows, Map.of("chip", "H20", "maker", "Nvidia", "designedFor", "China")), rows.toString());
    }

    @Test
    void suppliersAreDerivedFromSupplyFacts() {
        var rows = ask("suppliers", Map.of());
        assertTrue(has(rows, Map.of("supplier", "Huawei")), rows.toString());
        assertFalse(has(rows, Map.of("supplier", "Alibaba")), "a buyer is not a supplier: " + rows);
    }

    @Test
    void spendingGivesAmountAndCurrency() {
        var rows = ask("spending", Map.of());
        assertTrue(has(rows, Map.of("company", "ByteDance", "on", "Nvidia", "amount", "USD 3.0 bn", "date", "2024")), rows.toString());
    }

    @Test
    void controlIssuersGiveTheMeasuresOfACountry() {
        var rows = ask("control-issuers", Map.of("country", "United States"));
        assertTrue(has(rows, Map.of("control", "US export controls 2024-12", "sources", "en-nvidia-export-rules.txt")), rows.toString());
    }

    @Test
    void factsTableHasOneRowPerDocumentAndFact() {
        var rows = FactsTable.rows(store.datasetGraph(), library);
        long distinct = rows.stream().map(r -> r.subList(0, 4)).distinct().count();
        assertEquals(distinct, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.subList(0, 6).equals(List.of("en-alibaba-ascend-orders.txt", "Alibaba", "orders", "Ascend 910C", ">50000", "2025"))), rows.toString());
    }

    @Test
    void specsComeWithTheirUnits() {
        var rows = ask("chips-bought-with-specs", Map.of("company", "ByteDance"));
        assertTrue(has(rows, Map.of("chip", "H20", "process", "4 nm", "fp16", "148.0 TFLOP/s", "memory", "96.0 GB")), rows.toString());
    }

    @Test
    void entitiesAreLabelsUnlessIrisAreAskedFor() {
        var labelled = ask("supply-network", Map.of());
        var iris = runner.withIris(true).rows(library.get("supply-network"), Map.of());
        assertTrue(labelled.stream().noneMatch(r -> r.get("supplier").startsWith("https://")), labelled.toString());
        assertTrue(iris.stream().allMatch(r -> r.get("supplier").startsWith("https://w3id.org/chipgraph/id/")), iris.toString());
    }
}
