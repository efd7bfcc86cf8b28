package org.chipgraph.extract.csv;

import static org.chipgraph.extract.csv.TestStores.CSV;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A mapping's WHERE clause of BINDs and FILTERs is evaluated without ARQ's query engine, with the same output. */
class CompiledMappingTest {

    @Test
    void everyBundledMappingIsCompiled() {
        CsvIngest ingest = TestStores.ingest();
        for (CsvMapping m : ingest.library().mappings()) {
            assertTrue(new MappingExecutor(m, Iris.document("x.csv"), ingest.resolver()).compiled(), m.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nvidia_owners.sample.csv", "named_other_owners.sample.csv", "amd_owners.sample.csv",
            "ml_hardware.sample.csv", "ml_hardware.older-layout.sample.csv", "csl.entity-list.sample.csv",
            "providers.sample.csv", "provision.sample.csv", "inputs.sample.csv", "stages.sample.csv", "sequence.sample.csv"})
    void compiledAndFullArqPathsGiveTheSameQuadsInTheSameOrder(String file) {
        CsvIngest ingest = TestStores.ingest();
        List<Quad> compiled = map(ingest, CSV.resolve(file), Optional.empty());
        List<Quad> arq = map(ingest.withFullArq(), CSV.resolve(file), Optional.empty());
        assertTrue(compiled.size() > 6, "more than the document's quads");
        assertEquals(arq, compiled);
    }

    @Test
    void aFilterDropsTheSameRowsAndABindErrorLeavesTheSameVariableUnboundOnBothPaths() {
        CsvIngest ingest = TestStores.ingest();
        Path mappingFile = CSV.resolve("stages-filtered.rq");
        assertTrue(new MappingExecutor(MappingLibrary.read(mappingFile), Iris.document("x.csv"), ingest.resolver()).compiled());
        Path csv = CSV.resolve("stages.sample.csv");
        List<Quad> compiled = map(ingest, csv, Optional.of(mappingFile));
        assertEquals(map(ingest.withFullArq(), csv, Optional.of(mappingFile)), compiled);
        var s1 = NodeFactory.createURI(CG.ID + "stage/S1");
        var s2 = NodeFactory.createURI(CG.ID + "stage/S2");
        assertTrue(compiled.stream().noneMatch(q -> q.getSubject().equals(s1)), "the FILTER drops S1");
        assertTrue(compiled.stream().anyMatch(q -> q.getSubject().equals(s2)), "S2 is kept");
        assertTrue(compiled.stream().noneMatch(q -> q.getPredicate().equals(CG.term("description"))), "S2 has no description: UCASE of nothing is unbound");
    }

    @Test
    void aMappingThatNeedsMoreThanBindsAndFiltersRunsOnArq() {
        CsvIngest ingest = TestStores.ingest();
        Path mappingFile = CSV.resolve("stages-per-kind.rq");
        assertFalse(new MappingExecutor(MappingLibrary.read(mappingFile), Iris.document("x.csv"), ingest.resolver()).compiled());
        List<Quad> quads = map(ingest, CSV.resolve("stages.sample.csv"), Optional.of(mappingFile));
        var stage = NodeFactory.createURI(CG.ID + "stage/S1");
        for (String kind : List.of("first kind", "second kind")) {
            assertTrue(quads.stream().anyMatch(q -> q.getSubject().equals(stage) && q.getObject().equals(NodeFactory.createLiteralString(kind))), kind);
        }
    }

    private static List<Quad> map(CsvIngest ingest, Path csv, Optional<Path> mappingFile) {
        List<Quad> out = new ArrayList<>();
        ingest.map(csv, ingest.mappingFor(csv, mappingFile), false, null, out::add);
        return out;
    }
}
