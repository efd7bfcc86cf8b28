package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.chipgraph.query.QueryRunner;
import org.chipgraph.query.Question;
import org.chipgraph.query.QuestionLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of entity-sources stored on each entity in the summary graph (store/SourceRows): the question reading them
 * answers what its earlier form, reading the claims, answers, for every entity of a small store, after every kind
 * of write (ingest, re-ingest, remove, a streamed graph, SPARQL updates, bulk load, compaction), and the rows kept by
 * the writes are the ones a rebuild makes.
 */
class SourceRowsTest {
    static final String ID = "https://w3id.org/chipgraph/id/";
    static final String DOC = ID + "doc/";
    static final String PREFIXES = "PREFIX cg: <https://w3id.org/chipgraph/ontology#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
            + "PREFIX cl: <" + ID + "claim/> PREFIX doc: <" + DOC + "> ";
    static final List<String> ENTITIES = List.of("company/huawei", "company/smic", "company/unlabelled", "chip/ascend910b");
    static final Question STORED = QuestionLibrary.load().get("entity-sources");
    static final Question FROM_CLAIMS = fromClaims();

    @TempDir Path tmp;

    static Question fromClaims() {
        try (InputStream in = SourceRowsTest.class.getResourceAsStream("/query/entity-sources-from-claims.rq")) {
            return QuestionLibrary.parse("entity-sources", "entity-sources-from-claims.rq", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, GraphContent> graphs() {
        return TrigGraphs.resource("/store/source-rows.trig");
    }

    static TdbStore ingested(Path db) throws IOException {
        TdbStore store = TdbStore.open(db);
        store.replaceGraphs(graphs().values());
        return store;
    }

    static List<String> answer(TdbStore store, Question q, String entity) {
        QueryRunner runner = new QueryRunner(store.datasetGraph(), 60_000).page(0, 0).withIris(true);
        List<String> out = new ArrayList<>(runner.rows(q, Map.of("entity", ID + entity)).stream().map(r -> new TreeMap<>(r).toString()).toList());
        Collections.sort(out);
        return out;
    }

    /** Both forms give the same rows for every entity; returns the number of rows of Huawei. */
    static int assertSameAnswers(TdbStore store, String after) {
        for (String e : ENTITIES) assertEquals(answer(store, FROM_CLAIMS, e), answer(store, STORED, e), after + ": " + e);
        return answer(store, STORED, "company/huawei").size();
    }

    static List<String> stored(TdbStore store) {
        return store.read(d -> {
            List<String> out = new ArrayList<>();
            d.find(SummaryGraph.NODE, Node.ANY, SourceRows.SOURCE_ROW, Node.ANY).forEachRemaining(q -> out.add(q.getSubject() + " " + q.getObject()));
            Collections.sort(out);
            return out;
        });
    }

    static void assertAsRebuilt(TdbStore store) {
        List<String> kept = stored(store);
        store.rebuildSummary();
        assertEquals(stored(store), kept, "the rows kept by the writes are the rebuilt ones");
    }

    static void update(TdbStore store, String sparql) {
        Txn.executeWrite(store.datasetGraph(), () -> UpdateSummary.execute(UpdateFactory.create(PREFIXES + sparql), store.datasetGraph()));
    }

    @Test
    void theStoredRowsAnswerAsTheClaimsDo() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            // a1, a3 (literal object), a4 twice (Huawei both sides), a2 and a5 alike, each once per label of SMIC, t2 (no label)
            assertEquals(9, assertSameAnswers(store, "ingest"));
            assertAsRebuilt(store);
        }
    }

    @Test
    void aRowReadsBackAsTheClaimItWasMadeFrom() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            Node huawei = NodeFactory.createURI(ID + "company/huawei");
            List<SourceRow> rows = store.read(d -> {
                List<SourceRow> out = new ArrayList<>();
                d.find(SummaryGraph.NODE, huawei, SourceRows.SOURCE_ROW, Node.ANY)
                        .forEachRemaining(q -> out.add(SourceRow.parse(q.getObject().getLiteralLexicalForm(), huawei, new java.util.HashMap<>())));
                return out;
            });
            List<SourceRow> fromClaims = store.read(d -> SourceRows.rowsOfClaim(d, NodeFactory.createURI(ID + "claim/a1")));
            assertEquals(1, fromClaims.size());
            assertTrue(rows.contains(fromClaims.get(0)), rows.toString());
            assertEquals("chars 0-29", fromClaims.get(0).where());
        }
    }

    @Test
    void reingestingADocumentReplacesItsClaimsRows() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            GraphContent a = graphs().get(DOC + "a.txt");
            Node confidence = NodeFactory.createURI("https://w3id.org/chipgraph/ontology#confidence");
            List<Quad> changed = new ArrayList<>();
            for (Quad q : a.quads()) {
                if (q.getSubject().getURI().endsWith("claim/a3")) continue; // the literal-object claim is gone
                if (q.getSubject().getURI().endsWith("claim/a1") && q.getPredicate().equals(confidence))
                    q = new Quad(q.getGraph(), q.getSubject(), confidence, NodeFactory.createLiteralDT("0.95", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
                changed.add(q);
            }
            store.replaceGraphs(List.of(new GraphContent(a.graphIri(), changed)));
            assertEquals(8, assertSameAnswers(store, "re-ingest"));
            assertTrue(answer(store, STORED, "company/huawei").stream().anyMatch(r -> r.contains("confidence=0.95")));
            assertAsRebuilt(store);
        }
    }

    @Test
    void removingADocumentDropsItsClaimsRows() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            store.removeGraphs(List.of(DOC + "t.csv"));
            assertEquals(8, assertSameAnswers(store, "remove"));
            assertEquals(List.of(), answer(store, STORED, "company/unlabelled"));
            assertAsRebuilt(store);
        }
    }

    @Test
    void aStreamedGraphKeepsTheRowsInStep() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            GraphContent t = graphs().get(DOC + "t.csv");
            List<Quad> without = t.quads().stream().filter(q -> !q.getSubject().getURI().endsWith("claim/t2")).toList();
            store.replaceGraph(t.graphIri(), out -> without.forEach(out));
            assertEquals(8, assertSameAnswers(store, "streamed graph"));
            assertAsRebuilt(store);
        }
    }

    @Test
    void sparqlDataUpdatesOfAClaimsPropertiesChangeItsRows() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            update(store, "DELETE DATA { GRAPH doc:a.txt { cl:a1 cg:confidence 0.9 } } ; INSERT DATA { GRAPH doc:a.txt { cl:a1 cg:confidence 0.6 } }");
            assertEquals(9, assertSameAnswers(store, "confidence updated"));
            update(store, "INSERT DATA { GRAPH doc:t.csv { doc:t.csv cg:fileName \"table.csv\" } }");
            assertEquals(10, assertSameAnswers(store, "a second file name (t2 is read from each)"));
            update(store, "DELETE DATA { GRAPH doc:t.csv { cl:t2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <" + ID + "company/huawei> } }");
            assertEquals(8, assertSameAnswers(store, "link deleted (both of t2's rows)"));
            assertAsRebuilt(store);
        }
    }

    @Test
    void aSparqlTemplateUpdateOfClaimPropertiesKeepsTheRowsInStep() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            update(store, "DELETE { GRAPH ?g { ?c cg:charStart ?b } } WHERE { GRAPH ?g { ?c cg:charStart ?b } }");
            assertEquals(9, assertSameAnswers(store, "template"));
            assertTrue(answer(store, STORED, "company/huawei").stream().noneMatch(r -> r.contains("chars")));
        }
    }

    @Test
    void aStoreWhoseSummaryHasNoSourceRowsGetsThemWhenOpened() throws IOException {
        Path db = tmp.resolve("db");
        List<String> kept;
        try (TdbStore store = ingested(db)) {
            kept = stored(store);
            // as a summary written before the rows were precomputed
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().deleteAny(SummaryGraph.NODE, Node.ANY, SourceRows.SOURCE_ROW, Node.ANY));
            assertEquals(List.of(), stored(store));
        }
        try (TdbStore store = TdbStore.open(db)) {
            assertEquals(kept, stored(store));
        }
    }

    @Test
    void aBulkLoadAndACompactionKeepTheRows() throws IOException {
        Path db = tmp.resolve("db");
        Path nq = tmp.resolve("g.nq");
        TrigGraphs.writeForLoad(graphs().values(), nq);
        BulkLoad.load(db, List.of(nq));
        try (TdbStore store = TdbStore.openExisting(db)) {
            assertEquals(9, assertSameAnswers(store, "bulk load"));
            List<String> loaded = stored(store);
            store.compact();
            assertEquals(loaded, stored(store));
            assertAsRebuilt(store);
        }
    }
}
