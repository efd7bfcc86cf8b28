package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.chipgraph.error.InputError;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
class QuestionLibraryTest {

    @Test
    void libraryHoldsAtLeastEightQuestionsBesidesTheFactsTable() {
        List<Question> all = QuestionLibrary.load().all();
        assertTrue(all.stream().filter(q -> !q.name().equals("facts")).count() >= 8, all.toString());
    }

    @Test
    void everyQuestionHasATitleAndADescription() {
        for (Question q : QuestionLibrary.load().all()) {
            assertNotEquals(q.name(), q.title(), q.name() + " has no '# title:'");
            assertFalse(q.description().isBlank(), q.name() + " has no '# description:'");
        }
    }

    @Test
    void everyParameterOfAQuestionIsAVariableOfItsQuery() {
        for (Question q : QuestionLibrary.load().all()) {
            for (Question.Parameter p : q.parameters()) {
                assertTrue(q.sparql().contains("?" + p.name()), q.name() + " declares ?" + p.name() + " but does not use it");
            }
        }
    }

    @Test
    void everyParameterisedQuestionHasAnExampleForEachParameter() {
        for (Question q : QuestionLibrary.load().all()) {
            var example = org.chipgraph.cli.DemoCommandAccess.exampleParams(q);
            for (Question.Parameter p : q.parameters()) {
                assertTrue(example.containsKey(p.name()), q.name() + ": example lacks " + p.name());
            }
        }
    }

    @Test
    void headerGivesTitleParametersAndExample() {
        Question q = QuestionLibrary.parse("t", "t.rq", """
                # title: Who buys a chip?
                # description: Buyers of a chip.
                # param: chip IRI the chip
                # param: year integer the year
                # example: chip=H20, year=2024
                SELECT ?b WHERE { ?b <urn:buys> ?chip }
                """);
        assertEquals("Who buys a chip?", q.title());
        assertEquals(List.of("chip", "year"), q.parameters().stream().map(Question.Parameter::name).toList());
        assertEquals(ParamType.INTEGER, q.parameters().get(1).type());
        assertEquals("chip=H20, year=2024", q.example());
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() {
        String msg = assertThrows(InputError.class, () -> QuestionLibrary.parse("bad", "queries/bad.rq",
                "# title: Bad\nSELECT ?x WHERE {\n  ?x ?y \n}\n")).getMessage();
        assertTrue(msg.startsWith("queries/bad.rq:4:"), msg);
        assertTrue(msg.contains("SPARQL syntax error"), msg);
    }

    @Test
    void unknownParameterTypeIsRejected() {
        String msg = assertThrows(InputError.class, () -> QuestionLibrary.parse("t", "t.rq",
                "# param: x float a number\nSELECT * { ?s ?p ?x }")).getMessage();
        assertTrue(msg.contains("t.rq:1") && msg.contains("float"), msg);
    }
}
