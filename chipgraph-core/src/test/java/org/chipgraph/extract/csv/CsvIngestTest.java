package org.chipgraph.extract.csv;

import static org.chipgraph.extract.csv.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chipgraph.rdf.Iris;
import org.chipgraph.source.Sha256;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ingesting well-formed CSV files puts into the store. */
class CsvIngestTest {

    @Test
    void fileBecomesOneNamedGraphWhoseDocumentCarriesFileNameAndSha256(@TempDir Path dir) throws Exception {
        try (TdbStore store = TdbStore.open(dir)) {
            IngestResult r = load(store, "nvidia_owners.sample.csv");
            assertEquals(Iris.document("nvidia_owners.sample.csv"), r.graphIri());
            assertEquals(java.util.List.of(r.graphIri()), store.graphNames());
            String sha = Sha256.hex(Files.readAllBytes(CSV.resolve("nvidia_owners.sample.csv")));
            assertEquals(sha, r.sha256());
            assertTrue(ask(store, "GRAPH doc:nvidia_owners.sample.csv { doc:nvidia_owners.sample.csv a cg:Document ; cg:fileName \"nvidia_owners.sample.csv\" ; cg:sha256 \"" + sha + "\" }"));
        }
    }

    @Test
    void everyRelationTripleHasAClaimWithDocumentRowAndMapping(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            load(store, "nvidia_owners.sample.csv");
            long facts = count(store, "?s cg:buys ?o");
            assertTrue(facts >= 3);
            assertEquals(facts, count(store, "?c a cg:Claim ; rdf:subject ?s ; rdf:predicate cg:buys ; rdf:object ?o ; "
                    + "prov:wasDerivedFrom doc:nvidia_owners.sample.csv ; cg:row ?row ; cg:mapping \"epoch-chip-owners.rq\" ; cg:stance cg:Asserted . ?s cg:buys ?o"));
        }
    }

    @Test
    void reingestingAFileReplacesItsGraph(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            load(store, "ml_hardware.sample.csv");
            var first = snapshot(store);
            load(store, "ml_hardware.sample.csv");
            assertEquals(first, snapshot(store));
        }
    }

    @Test
    void bothHardwareLayoutsChooseTheSameMappingAndFindTheRenamedMemoryColumn(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            assertEquals("epoch-ml-hardware.rq", load(store, "ml_hardware.sample.csv").mapping());
            assertEquals("epoch-ml-hardware.rq", load(store, "ml_hardware.older-layout.sample.csv").mapping());
            assertEquals(2, count(store, "GRAPH ?g { ?chip cg:alternateName \"NVIDIA H100 SXM5 80GB\" ; cg:memoryBytes \"8.0E10\"^^xsd:double }"));
        }
    }

    @Test
    void specsAreTypedLiteralsAndTheSpecificChipLinksToItsFamily(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            load(store, "ml_hardware.sample.csv");
            assertTrue(ask(store, "?chip cg:alternateName \"NVIDIA H100 SXM5 80GB\" ; cg:chipFamily chip:h100 ; cg:processNodeNm 5.0 ; "
                    + "cg:releaseDate ?d ; cg:fp16Performance ?f FILTER(datatype(?d) = xsd:date && datatype(?f) = xsd:double && ?f > 9e14)"));
            assertTrue(ask(store, "co:nvidia cg:makes ?chip . ?chip cg:chipFamily chip:h100"));
        }
    }

    @Test
    void aMultiValuedFoundryCellGivesOneFabricatesFactPerFoundry(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            load(store, "ml_hardware.sample.csv");
            assertEquals(2, count(store, "?f cg:fabricates chip:ascend-910c"));
            assertTrue(ask(store, "co:smic cg:fabricates chip:ascend-910c . co:tsmc cg:fabricates chip:ascend-910c"));
        }
    }

    @Test
    void infBecomesTheXsdDoubleInfinity(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            load(store, "ml_hardware.older-layout.sample.csv");
            assertTrue(ask(store, "?chip cg:alternateName \"Amazon Trainium3\" ; cg:pricePerformance \"INF\"^^xsd:double"));
        }
    }

    @Test
    void aSlashSeparatedChipTypeGivesTwoBuysFacts(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            load(store, "nvidia_owners.sample.csv");
            assertTrue(ask(store, "co:microsoft cg:buys chip:h100 . co:microsoft cg:buys chip:h200"));
            assertTrue(ask(store, "?c rdf:subject co:microsoft ; rdf:predicate cg:buys ; rdf:object chip:h200 ; cg:quantity ?q ; cg:h100Equivalents ?e ; "
                    + "cg:windowStart \"2022-01-01\"^^xsd:date ; cg:windowEnd \"2024-12-31\"^^xsd:date"));
        }
    }

    @Test
    void twoDigitYearDatesParseAsTwentyFirstCentury(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            load(store, "named_other_owners.sample.csv");
            assertTrue(ask(store, "?c rdf:predicate cg:buys ; cg:windowStart \"2024-01-01\"^^xsd:date ; cg:windowEnd \"2024-09-30\"^^xsd:date ; cg:quantity 100000.0"));
        }
    }

    @Test
    void aggregateOwnersAreAggregatesNeverCompanies(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraphs(org.chipgraph.rdf.ReferenceData.load().graphs());
            load(store, "nvidia_owners.sample.csv");
            load(store, "amd_owners.sample.csv");
            assertTrue(ask(store, "co:nvidia cg:suppliesAggregate agg:china . agg:china cg:aggregateOwns chip:h20 . agg:china a cg:Aggregate"));
            assertTrue(ask(store, "co:amd cg:suppliesAggregate agg:other"));
            assertFalse(ask(store, "?x a cg:Company . ?x a cg:Aggregate"));
            assertFalse(ask(store, "?v cg:supplies ?x . ?x a cg:Aggregate"));
        }
    }

    @Test
    void anEmptyMarketShareStaysUnknownNotZero(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            load(store, "provision.sample.csv");
            assertTrue(ask(store, "?c rdf:subject co:tsmc ; rdf:predicate cg:suppliesInput ; rdf:object ?i FILTER NOT EXISTS { ?c cg:marketShare ?s }"));
            assertTrue(ask(store, "?c rdf:subject co:asml ; rdf:predicate cg:suppliesInput ; cg:marketShare 100.0 ; cg:date \"2025\"^^xsd:gYear"));
        }
    }

    @Test
    void providerNamesThatDifferBetweenEtoFilesResolveToOneEntity(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            load(store, "providers.sample.csv");
            load(store, "provision.sample.csv");
            // providers.csv says "Showa Denko", provision.csv the old "Showa Denka": one entity
            assertTrue(ask(store, "co:showa-denko cg:providerId \"P262\" ; cg:suppliesInput ?input"));
            assertTrue(ask(store, "co:tsmc cg:headquarteredIn <https://w3id.org/chipgraph/id/country/taiwan>"));
        }
    }

    @Test
    void entityListPartiesAreRestrictedWithListingDateAndNotices(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            load(store, "csl.entity-list.sample.csv");
            assertTrue(ask(store, "?c rdf:subject ctl:us-entity-list ; rdf:predicate cg:restricts ; rdf:object co:huawei ; cg:date ?d ; cg:federalRegisterNotice \"84 FR 22963\" , \"85 FR 29853\""));
            assertTrue(ask(store, "ctl:us-entity-list cg:restricts co:smic , co:national-university-of-defense-technology"));
            // the Denied Persons List row is not an Entity List party
            assertEquals(6, count(store, "ctl:us-entity-list cg:restricts ?x"));
        }
    }

    @Test
    void partiesNamingAKnownParentAreLinkedToItWithTheRule(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            load(store, "csl.entity-list.sample.csv");
            assertTrue(ask(store, "?x rdfs:label \"Beijing Huawei Digital Technologies Co., Ltd.\"@en ; cg:affiliateOf co:huawei . "
                    + "?c rdf:subject ?x ; rdf:predicate cg:affiliateOf ; rdf:object co:huawei ; cg:linkRule \"name contains 'Huawei'\""));
            assertTrue(ask(store, "?x rdfs:label \"Beijing Huawei Longshine Information Technology Co., Ltd.\"@en ; cg:affiliateOf co:huawei . "
                    + "?c rdf:subject ?x ; rdf:predicate cg:affiliateOf ; cg:linkRule \"marker 'Affiliated Entity:' in name\""));
            assertTrue(ask(store, "?x rdfs:label \"Bowei Integrated Circuits\"@en ; cg:subsidiaryOf ?cetc"));
        }
    }

    @Test
    void unmatchedNamesBecomeDiscoveredEntitiesAndResolutionsAreRecorded(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            load(store, "csl.entity-list.sample.csv");
            var rows = ResolutionReport.rows(store);
            assertTrue(rows.stream().anyMatch(r -> r.sourceName().equals("Huawei Technologies Co., Ltd. (Huawei)")
                    && r.entity().endsWith("/company/huawei") && r.rule().equals("normalised")));
            assertTrue(rows.stream().anyMatch(r -> r.sourceName().equals("Beijing Huawei Digital Technologies Co., Ltd.") && !r.merged()));
            assertTrue(ask(store, "?x a cg:DiscoveredEntity , cg:Company ; rdfs:label \"Beijing Huawei Digital Technologies Co., Ltd.\"@en"));
        }
    }
}
