package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print-ready rows of company-chips in the summary graph (store/ClaimRows: one per claim of a purchase fact, on
 * the fact's node) hold what the question printed, and are in step after every kind of write: ingest, re-ingest
 * without a claim, remove, SPARQL updates of a claim's own properties, and are what a rebuild makes.
 */
class ClaimRowsTest {
    static final String DOC = "https://w3id.org/chipgraph/id/doc/";
    static final String CG = "https://w3id.org/chipgraph/ontology#";
    static final String PREFIXES = "PREFIX cg: <" + CG + "> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
            + "PREFIX cl: <https://w3id.org/chipgraph/id/claim/> PREFIX doc: <" + DOC + "> ";
    static final Node BYTEDANCE = NodeFactory.createURI("https://w3id.org/chipgraph/id/company/bytedance");
    static final String SEP = ClaimRows.SEPARATOR;

    @TempDir Path tmp;

    static Map<String, GraphContent> documents() throws IOException {
        DatasetGraph d = DatasetGraphFactory.create();
        try (InputStream in = ClaimRowsTest.class.getResourceAsStream("/store/claim-rows.trig")) {
            RDFDataMgr.read(d, in, Lang.TRIG);
        }
        Map<String, GraphContent> out = new TreeMap<>();
        for (String name : List.of("b.txt", "t.csv")) {
            List<Quad> quads = new ArrayList<>();
            d.find(NodeFactory.createURI(DOC + name), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            out.put(name, new GraphContent(DOC + name, quads));
        }
        return out;
    }

    static TdbStore ingested(Path db) throws IOException {
        TdbStore store = TdbStore.open(db);
        store.replaceGraphs(documents().values());
        return store;
    }

    /** The rows on the node of "ByteDance {relation} {chip}", sorted. */
    static List<String> rows(TdbStore store, String relation, String chip) {
        Node fact = SummaryGraph.factNode(BYTEDANCE, NodeFactory.createURI(CG + relation), NodeFactory.createURI("https://w3id.org/chipgraph/id/chip/" + chip));
        return store.read(d -> {
            List<String> out = new ArrayList<>();
            d.find(SummaryGraph.NODE, fact, ClaimRows.CLAIM_ROW, Node.ANY).forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
            java.util.Collections.sort(out);
            return out;
        });
    }

    static String row(String quantity, String date, String stance, String file, String evidence, String occurrence) {
        return String.join(SEP, quantity, date, CG + stance, file, evidence, occurrence);
    }

    static List<String> sorted(String... rows) { return java.util.Arrays.stream(rows).sorted().toList(); }

    static final String B1 = row(">=2000", "2023-10-17", "Asserted", "b.txt", "B: ByteDance bought at least 2,000 H100.", "");
    static final String T1 = row("1.5", "", "Asserted", "t.csv", "row 7", "");

    static void assertAsRebuilt(TdbStore store, String relation, String chip) {
        List<String> kept = rows(store, relation, chip);
        store.rebuildSummary();
        assertEquals(rows(store, relation, chip), kept, "the rows kept by the writes are the rebuilt ones");
    }

    @Test
    void eachClaimOfAPurchaseHasItsRowWithQuantityBoundDateStanceFileAndEvidence() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            assertEquals(sorted(B1, T1), rows(store, "buys", "h100"), "a sentence and a table row, a whole number without its .0");
            assertAsRebuilt(store, "buys", "h100");
        }
    }

    @Test
    void twoClaimsThatReadAlikeKeepTwoRows() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            String alike = row("", "", "Reported", "b.txt", "B: ByteDance ordered H20 chips, twice.", "");
            assertEquals(List.of(alike, alike + "2"), rows(store, "orders", "h20"));
        }
    }

    @Test
    void reingestingADocumentWithoutAClaimDropsItsRow() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            GraphContent t = documents().get("t.csv");
            List<Quad> without = t.quads().stream().filter(q -> !q.getSubject().toString().endsWith("/t1")).toList();
            store.replaceGraphs(List.of(new GraphContent(t.graphIri(), without)));
            assertEquals(List.of(B1), rows(store, "buys", "h100"), "the fact is still stated by t.csv, but without a claim");
            assertAsRebuilt(store, "buys", "h100");
        }
    }

    @Test
    void removingADocumentDropsItsClaimsRows() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            store.removeGraphs(List.of(DOC + "b.txt"));
            assertEquals(List.of(row("1.5", "", "Asserted", "t.csv", "row 7", "")), rows(store, "buys", "h100"));
            assertEquals(List.of(), rows(store, "orders", "h20"));
            assertAsRebuilt(store, "buys", "h100");
        }
    }

    @Test
    void aSparqlUpdateInsertingAClaimsDateChangesItsRow() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            update(store, "INSERT DATA { GRAPH doc:t.csv { cl:t1 cg:date \"2024-01-02\"^^xsd:date } }");
            assertEquals(sorted(B1, row("1.5", "2024-01-02", "Asserted", "t.csv", "row 7", "")), rows(store, "buys", "h100"));
            assertAsRebuilt(store, "buys", "h100");
        }
    }

    @Test
    void aSparqlUpdateDeletingAClaimsLinkDropsItsRow() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            update(store, "DELETE DATA { GRAPH doc:t.csv { cl:t1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <https://w3id.org/chipgraph/id/chip/h100> } }");
            assertEquals(List.of(B1), rows(store, "buys", "h100"), "t1 is no claim of the fact any more");
            assertAsRebuilt(store, "buys", "h100");
        }
    }

    @Test
    void aSparqlTemplateUpdateOfClaimPropertiesKeepsTheRowsInStep() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            update(store, "DELETE { GRAPH ?g { ?c cg:quantity ?q } } WHERE { GRAPH ?g { ?c cg:quantity ?q } }");
            assertEquals(sorted(row("", "", "Asserted", "t.csv", "row 7", ""), row("", "2023-10-17", "Asserted", "b.txt", "B: ByteDance bought at least 2,000 H100.", "")),
                    rows(store, "buys", "h100"));
            assertAsRebuilt(store, "buys", "h100");
        }
    }

    @Test
    void aStoreWhoseSummaryHasNoClaimRowsGetsThemWhenOpened() throws IOException {
        Path db = tmp.resolve("db");
        try (TdbStore store = ingested(db)) {
            // as a summary written before the rows were precomputed
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().deleteAny(SummaryGraph.NODE, Node.ANY, ClaimRows.CLAIM_ROW, Node.ANY));
            assertEquals(List.of(), rows(store, "buys", "h100"));
        }
        try (TdbStore store = TdbStore.open(db)) {
            assertEquals(sorted(B1, T1), rows(store, "buys", "h100"));
        }
    }

    static void update(TdbStore store, String sparql) {
        Txn.executeWrite(store.datasetGraph(), () -> UpdateSummary.execute(UpdateFactory.create(PREFIXES + sparql), store.datasetGraph()));
    }
}
