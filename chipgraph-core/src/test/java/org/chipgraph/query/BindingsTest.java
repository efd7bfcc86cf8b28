package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.chipgraph.error.InputError;
import org.chipgraph.ingest.Ingestor;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindingsTest {
    @TempDir Path tmp;
    TdbStore store;

    static final Question Q = QuestionLibrary.parse("q", "q.rq", """
            # title: Facts about an entity
            # param: entity IRI (optional) an entity
            # param: name string (optional) a name
            # param: n integer (optional) a count
            # param: when date (optional) a date
            SELECT * WHERE { ?entity ?p ?o . BIND(?name AS ?x) BIND(?n AS ?y) BIND(?when AS ?z) }
            """);

    @BeforeEach
    void store() {
        store = TdbStore.open(tmp.resolve("db"));
        Ingestor.ensureReference(store, ReferenceData.load());
    }

    @AfterEach
    void close() { store.close(); }

    Node bind(String param, String value) {
        return Bindings.of(Q, Map.of(param, value), store.datasetGraph()).get(Var.alloc(param));
    }

    Node bindInTxn(String param, String value) {
        return store.read(d -> bind(param, value));
    }

    @Test
    void entityNameResolvesToItsReferenceIri() {
        assertEquals(NodeFactory.createURI("https://w3id.org/chipgraph/id/company/nvidia"), bindInTxn("entity", "NVIDIA Corporation"));
    }

    @Test
    void absoluteIriIsBoundAsIs() {
        assertEquals(NodeFactory.createURI("https://w3id.org/chipgraph/id/chip/h20"), bindInTxn("entity", "https://w3id.org/chipgraph/id/chip/h20"));
    }

    @Test
    void iriWithSpacesOrBracketsIsRejected() {
        assertThrows(InputError.class, () -> bindInTxn("entity", "urn:x> } ; DROP ALL ; #"));
    }

    @Test
    void unknownNameIsRejected() {
        String msg = assertThrows(InputError.class, () -> bindInTxn("entity", "No Such Corp")).getMessage();
        assertTrue(msg.contains("no entity is named 'No Such Corp'") && !msg.contains("did you mean"), msg);
    }

    @Test
    void stringParameterIsBoundAsALiteralEvenWhenItLooksLikeSparql() {
        Node n = bindInTxn("name", "\"> } ; DROP ALL ; #");
        assertTrue(n.isLiteral());
        assertEquals("\"> } ; DROP ALL ; #", n.getLiteralLexicalForm());
    }

    @Test
    void injectionAttemptThroughAQuestionLeavesTheStoreUnchanged() {
        long before = store.quadCount();
        Question q = QuestionLibrary.load().get("denials");
        Question withParam = new Question(q.name(), q.title(), q.description(),
                List.of(new Question.Parameter("who", ParamType.STRING, "who")), "", q.origin(), q.sparql());
        var out = new ByteArrayOutputStream();
        new QueryRunner(store.datasetGraph(), 5000).run(withParam, Map.of("who", "\"> } ; DROP ALL ; #"), ResultFormat.CSV, out);
        assertEquals(before, store.quadCount());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("who,denied"));
    }

    @Test
    void integerParameterMustBeAnInteger() {
        String msg = assertThrows(InputError.class, () -> bindInTxn("n", "12abc")).getMessage();
        assertTrue(msg.contains("parameter 'n'") && msg.contains("not an integer"), msg);
    }

    @Test
    void dateParameterKeepsItsPrecision() {
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth", bindInTxn("when", "2024-07").getLiteralDatatypeURI());
    }

    @Test
    void unknownParameterIsRejectedListingTheKnownOnes() {
        String msg = assertThrows(InputError.class, () -> bindInTxn("company", "x")).getMessage();
        assertTrue(msg.contains("unknown parameter 'company'") && msg.contains("entity, name, n, when"), msg);
    }

    static final Question COMPANY_Q = QuestionLibrary.parse("company-q", "company-q.rq", """
            # title: Chips of a company
            # param: company company the company
            # example: company=ByteDance
            SELECT * WHERE { ?company ?p ?o }
            """);

    String failure(Map<String, String> params) {
        return assertThrows(ParameterException.class, () -> store.read(d -> Bindings.of(COMPANY_Q, params, d))).getMessage();
    }

    @Test
    void missingRequiredParameterIsAnErrorNamingItWithAnExample() {
        String msg = failure(Map.of());
        assertTrue(msg.contains("parameter 'company' is missing") && msg.contains("company=ByteDance"), msg);
    }

    @Test
    void entityOfTheWrongClassIsAnErrorSayingWhatItIs() {
        String msg = failure(Map.of("company", "China"));
        assertTrue(msg.contains("parameter 'company'") && msg.contains("China is a country, not a company"), msg);
    }

    @Test
    void iriOfTheWrongClassIsAnErrorToo() {
        String msg = failure(Map.of("company", "https://w3id.org/chipgraph/id/chip/h20"));
        assertTrue(msg.contains("H20 is a chip, not a company"), msg);
    }

    @Test
    void nameOfTheRightClassIsFoundWhateverItsCaseAndAccents() {
        Node n = store.read(d -> Bindings.of(COMPANY_Q, Map.of("company", "BYTÉDANCE"), d)).get(Var.alloc("company"));
        assertEquals("https://w3id.org/chipgraph/id/company/bytedance", n.getURI());
    }

    @Test
    void closeMisspellingIsReadAsTheOneCandidateAndSaidSo() {
        List<String> notes = new java.util.ArrayList<>();
        Node n = store.read(d -> Bindings.of(COMPANY_Q, Map.of("company", "Huawai"), d, notes)).get(Var.alloc("company"));
        assertEquals("https://w3id.org/chipgraph/id/company/huawei", n.getURI());
        assertTrue(notes.get(0).contains("'Huawai' read as Huawei (fuzzy match, score 0.83)"), notes.toString());
    }

    @Test
    void distantNameIsAnErrorWithSuggestions() {
        String msg = failure(Map.of("company", "Huawie Tech"));
        assertTrue(msg.contains("no company is named 'Huawie Tech'") && msg.contains("did you mean") && msg.contains("Huawei"), msg);
    }

    @Test
    void repeatedParameterIsAnError() {
        String msg = assertThrows(ParameterException.class, () -> Bindings.parse(List.of("company=A", "company=B"))).getMessage();
        assertTrue(msg.contains("parameter 'company' is given twice"), msg);
    }

    @Test
    void misspeltQuestionNameSuggestsTheNearest() {
        String msg = assertThrows(ParameterException.class, () -> QuestionLibrary.load().get("company-chip")).getMessage();
        assertTrue(msg.contains("did you mean company-chips"), msg);
    }
}
