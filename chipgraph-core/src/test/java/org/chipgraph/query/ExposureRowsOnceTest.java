package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exposure questions give each row once without a DISTINCT (which they dropped: ARQ's row hash cancels repeated
 * values, see queries/control-exposure.rq): a company affiliated with itself is found by the affiliate path from both
 * sides of that one fact (query/exposure-self-affiliate.trig).
 */
class ExposureRowsOnceTest {
    @TempDir static Path tmp;
    static TdbStore store;
    static QueryRunner runner;
    static QuestionLibrary library;

    @BeforeAll
    static void load() throws IOException {
        store = TdbStore.open(tmp.resolve("db"));
        try (InputStream in = ExposureRowsOnceTest.class.getResourceAsStream("/query/exposure-self-affiliate.trig")) {
            Txn.executeWrite(store.datasetGraph(), () -> {
                RDFDataMgr.read(store.datasetGraph(), in, Lang.TRIG);
                ReferenceData.load().graphs().get(0).quads().forEach(store.datasetGraph()::add);
            });
            store.rebuildSummary();
        }
        runner = new QueryRunner(store.datasetGraph(), 30_000).page(0, 0);
        library = QuestionLibrary.load();
    }

    @AfterAll
    static void close() { store.close(); }

    static List<String> paths(List<Map<String, String>> rows) {
        return rows.stream().map(r -> r.get("path") + " / " + r.get("via")).sorted().toList();
    }

    @Test
    void aCompanyAffiliatedWithItselfHasItsAffiliateRowOnceByCompany() {
        var rows = runner.rows(library.get("company-export-control-exposure"), Map.of("company", "https://w3id.org/chipgraph/id/company/self"));
        assertEquals(List.of("affiliate of a restricted party / Self", "is a restricted party / Self"), paths(rows));
    }

    @Test
    void aCompanyAffiliatedWithItselfHasItsAffiliateRowOnceByControl() {
        var rows = runner.rows(library.get("control-exposure"), Map.of("control", "https://w3id.org/chipgraph/id/control/list"));
        assertEquals(List.of("affiliate of a restricted party / Self", "is a restricted party / Self"), paths(rows));
    }
}
