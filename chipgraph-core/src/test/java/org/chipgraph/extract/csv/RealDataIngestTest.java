package org.chipgraph.extract.csv;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingests the real datasets of ../shared/data (skipped with a message when they are absent). */
@Tag("integration")
class RealDataIngestTest {

    static final Path DATA = Path.of("../shared/data");
    static CsvIngest ingest;

    @BeforeAll
    static void load() {
        ingest = CsvIngest.standard();
    }

    static Path data(String rel) {
        Path p = DATA.resolve(rel);
        assumeTrue(Files.isRegularFile(p), "real dataset " + p + " absent; skipping");
        return p;
    }

    static long count(TdbStore store, String sparql) {
        return store.read(d -> {
            try (QueryExec qe = QueryExec.dataset(d).query(sparql).build()) {
                var rs = qe.select();
                assertTrue(rs.hasNext(), "no result for " + sparql);
                return Long.parseLong(rs.next().get("n").getLiteralLexicalForm());
            }
        });
    }

    static final String P = "PREFIX cg: <https://w3id.org/chipgraph/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            + "PREFIX chip: <https://w3id.org/chipgraph/id/chip/> PREFIX co: <https://w3id.org/chipgraph/id/company/> ";

    @Test
    void mlHardwareFilesGiveChipsWithSpecsAndFoundries(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            for (String f : new String[] {"epoch-ml-hardware/ml_hardware.2025-12-24.csv", "epoch-ml-hardware/ml_hardware.2025-12-14.csv"}) {
                IngestResult r = ingest.ingest(store, data(f), Optional.empty(), false, null);
                assertEquals("epoch-ml-hardware.rq", r.mapping());
                assertEquals(170, r.rows());
                System.out.println(r.summary());
            }
            assertEquals(2, count(store, P + "SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f cg:fabricates chip:ascend-910c }"));
            assertTrue(count(store, P + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c cg:chipFamily chip:h100 }") >= 3);
            assertTrue(count(store, P + "SELECT (COUNT(*) AS ?n) { ?c cg:pricePerformance ?v FILTER(str(?v) = \"INF\") }") > 0);
        }
    }

    @Test
    void chipOwnerFilesGiveSuppliesAndBuysAndAggregatesAreNotCompanies(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(DATA.resolve("epoch-ai-chip-owners")), "real dataset " + DATA.resolve("epoch-ai-chip-owners") + " absent; skipping");
        try (TdbStore store = TdbStore.open(dir)) {
            for (String f : new String[] {"amd_owners_cumulative_by_chip.csv", "named_other_owners_cumulative_by_chip.csv",
                    "nvidia_owners_OTHER_cumulative_by_chip.csv", "nvidia_owners_cumulative_by_chip.csv",
                    "tpu_owners_cumulative_by_chip.csv", "trainium_owners_cumulative_by_chip.csv"}) {
                IngestResult r = ingest.ingest(store, data("epoch-ai-chip-owners/" + f), Optional.empty(), false, null);
                assertEquals("epoch-chip-owners.rq", r.mapping());
                System.out.println(r.summary());
            }
            assertEquals(0, count(store, P + "SELECT (COUNT(*) AS ?n) { ?x a cg:Company , cg:Aggregate }"));
            assertTrue(count(store, P + "SELECT (COUNT(*) AS ?n) { co:nvidia cg:supplies co:microsoft }") == 1);
            assertTrue(count(store, P + "SELECT (COUNT(*) AS ?n) { ?c rdf:subject co:microsoft ; rdf:predicate cg:buys ; rdf:object chip:h100 ; cg:quantity ?q ; cg:windowEnd ?e }") > 0);
            // "H100/H200" on the curated xAI row gives both chips
            assertEquals(2, count(store, P + "SELECT (COUNT(DISTINCT ?chip) AS ?n) { ?c rdf:subject ?x ; rdf:predicate cg:buys ; rdf:object ?chip ; cg:row 3 ; cg:mapping \"epoch-chip-owners.rq\" ; <http://www.w3.org/ns/prov#wasDerivedFrom> <https://w3id.org/chipgraph/id/doc/named_other_owners_cumulative_by_chip.csv> }"));
        }
    }

    @Test
    void etoFilesGiveTaxonomyAndProvisionWithUnknownSharesLeftOut(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            for (String f : new String[] {"providers.csv", "inputs.csv", "provision.csv", "sequence.csv", "stages.csv"}) {
                IngestResult r = ingest.ingest(store, data("eto-chip-explorer/" + f), Optional.empty(), false, null);
                System.out.println(r.summary());
            }
            assertEquals(1300, count(store, P + "SELECT (COUNT(*) AS ?n) { ?c rdf:predicate cg:suppliesInput }"));
            assertEquals(1300 - 246, count(store, P + "SELECT (COUNT(*) AS ?n) { ?c rdf:predicate cg:suppliesInput ; cg:marketShare ?s }"));
            assertEquals(86, count(store, P + "SELECT (COUNT(*) AS ?n) { ?a cg:isTypeOf ?b }"));
            assertEquals(0, count(store, P + "SELECT (COUNT(*) AS ?n) { ?p cg:suppliesInput ?i FILTER NOT EXISTS { ?p cg:providerId ?id } }"));
        }
    }

    @Test
    void entityListGivesRestrictedCompaniesLinkedToHuawei(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            IngestResult r = ingest.ingest(store, data("us-csl/consolidated-2022-05.entity-list.csv"), Optional.empty(), false, null);
            System.out.println(r.summary());
            assertEquals("us-csl.rq", r.mapping());
            assertEquals(1, count(store, P + "SELECT (COUNT(*) AS ?n) { <https://w3id.org/chipgraph/id/control/us-entity-list> cg:restricts co:huawei }"));
            long affiliates = count(store, P + "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x (cg:affiliateOf|cg:subsidiaryOf) co:huawei . <https://w3id.org/chipgraph/id/control/us-entity-list> cg:restricts ?x }");
            System.out.println("Huawei affiliates on the Entity List: " + affiliates);
            assertTrue(affiliates > 50);
        }
    }

    @Test
    void everyCslExportIsMappedByHeaderIncludingThe2019LayoutWithoutId(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            for (String f : new String[] {"us-csl/csl-2019-12.sample.csv", "us-csl/consolidated-2025-06.sample.csv", "us-csl/consolidated-2022-05.prefix.csv"}) {
                IngestResult r = ingest.ingest(store, data(f), Optional.empty(), false, null);
                assertEquals("us-csl.rq", r.mapping(), f);
            }
            assertTrue(count(store, P + "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/chipgraph/id/doc/csl-2019-12.sample.csv> { ?c rdf:predicate cg:restricts } }") > 0);
            // only Entity List rows are mapped: the prefix has 1,324 of them (several rows may name one party)
            long listed = count(store, P + "SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH <https://w3id.org/chipgraph/id/doc/consolidated-2022-05.prefix.csv> { ?c rdf:predicate cg:restricts } }");
            assertEquals(1324, listed);
        }
    }

    @Test
    void theTruncatedCslFileIsRejectedWholeOrLoadedWithItsBrokenRowsReported(@TempDir Path dir) throws Exception {
        Path f = data("us-csl/csl-2023-11.truncated.csv");
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            var e = assertThrows(org.chipgraph.error.InputError.class, () -> ingest.ingest(store, f, Optional.empty(), false, null));
            // line 2 repeats the header: not an Entity List row, so the mapping's row filter leaves it out
            assertTrue(e.getMessage().contains("row 4228 (line 4233): unreadable record"), e.getMessage());
            assertEquals(0, store.quadCount());
            Path report = dir.resolve("skipped.tsv");
            IngestResult r = ingest.ingest(store, f, Optional.empty(), true, report);
            assertEquals(1, r.skipped());
            var lines = Files.readAllLines(report);
            assertEquals(2, lines.size());
            assertTrue(lines.get(1).startsWith("csl-2023-11.truncated.csv\t4228\t4233\t\tunreadable record"), lines.get(1));
            assertTrue(store.quadCount() > 0);
        }
    }
}
