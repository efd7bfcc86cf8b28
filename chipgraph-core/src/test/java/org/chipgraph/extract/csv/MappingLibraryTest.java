package org.chipgraph.extract.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chipgraph.error.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled mappings and the choice of one by a file's header. */
class MappingLibraryTest {

    @Test
    void everyBundledMappingParses() {
        List<CsvMapping> all = MappingLibrary.bundled().mappings();
        assertEquals(List.of("epoch-chip-owners.rq", "epoch-ml-hardware.rq", "eto-inputs.rq", "eto-providers.rq", "eto-provision.rq",
                "eto-sequence.rq", "eto-stages.rq", "us-csl.rq"), all.stream().map(CsvMapping::name).toList());
        all.forEach(m -> assertFalse(m.description().isBlank(), m.name() + " has a description line"));
    }

    @Test
    void theMostSpecificOfSeveralFittingMappingsWins(@TempDir Path dir) throws Exception {
        Path inputs = dir.resolve("inputs.csv");
        Files.writeString(inputs, "input_id,input_name,type,stage_name,stage_id,description,year\nN0,Chip design,process,Design,S1,text,2022\n");
        Path stages = dir.resolve("stages.csv");
        Files.writeString(stages, "stage_id,stage_name,description\nS1,Design,text\n");
        CsvIngest ingest = TestStores.ingest();
        assertEquals("eto-inputs.rq", ingest.mappingFor(inputs, Optional.empty()).name());
        assertEquals("eto-stages.rq", ingest.mappingFor(stages, Optional.empty()).name());
    }

    @Test
    void twoEquallyFittingMappingsAreAnErrorListingThem(@TempDir Path dir) {
        CsvMapping a = MappingParser.parse("a.rq", "a.rq", "# a\n#@ column ?x \"x\"\nCONSTRUCT {} WHERE {}\n");
        CsvMapping b = MappingParser.parse("b.rq", "b.rq", "# b\n#@ column ?x \"x\"\nCONSTRUCT {} WHERE {}\n");
        MappingLibrary lib = new MappingLibrary(List.of(a, b));
        InputError e = assertThrows(InputError.class, () -> lib.choose("f.csv", d -> List.of("x", "y")));
        assertTrue(e.getMessage().contains("several mappings fit its header (row 1): [a.rq, b.rq]"), e.getMessage());
    }

    @Test
    void aColumnMayBeFoundUnderAnyOfItsSpellings() {
        CsvMapping m = MappingParser.parse("m.rq", "m.rq", "# m\n#@ column ?mem \"Memory (bytes)\" | \"Memory size per board (Byte)\"\nCONSTRUCT {} WHERE {}\n");
        assertTrue(RowBinder.fits(m, List.of("Hardware name", "Memory size per board (Byte)")));
        assertTrue(RowBinder.fits(m, List.of("Memory (bytes)")));
        assertFalse(RowBinder.fits(m, List.of("Memory")));
    }

    @Test
    void cellValuesAreNeverSplicedIntoQueryText() {
        // a cell holding SPARQL syntax stays a literal: the value is substituted into the compiled algebra
        CsvMapping m = MappingParser.parse("m.rq", "m.rq", """
                # m
                #@ column ?name "name"
                CONSTRUCT { <urn:x> <urn:name> ?name } WHERE { }
                """);
        var binder = new RowBinder(m, List.of("name"), "f.csv");
        var exec = new MappingExecutor(m, "urn:doc", TestStores.ingest().resolver());
        List<org.apache.jena.sparql.core.Quad> out = new java.util.ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVParser.parse("\"x } ; DROP ALL ; #\"\n", org.apache.commons.csv.CSVFormat.RFC4180)) {
            exec.map(1, binder.bind(parser.iterator().next()), out::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(1, out.size());
        assertEquals("x } ; DROP ALL ; #", out.get(0).getObject().getLiteralLexicalForm());
    }
}
