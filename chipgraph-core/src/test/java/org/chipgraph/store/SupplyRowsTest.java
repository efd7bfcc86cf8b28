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
 * The who-supplies row of a supply fact in the summary graph (store/SupplyRows: the graphs stating it, and its first
 * claim with a sentence or row by graph and claim IRI, denied or not) holds what the question printed and is in step
 * after ingest, re-ingest, remove and a SPARQL update, as a rebuild makes it.
 */
class SupplyRowsTest {
    static final String DOC = "https://w3id.org/chipgraph/id/doc/";
    static final String CO = "https://w3id.org/chipgraph/id/company/";
    static final String SEP = ClaimRows.SEPARATOR;

    @TempDir Path tmp;

    static Map<String, GraphContent> documents() throws IOException {
        DatasetGraph d = DatasetGraphFactory.create();
        try (InputStream in = SupplyRowsTest.class.getResourceAsStream("/store/supply-rows.trig")) {
            RDFDataMgr.read(d, in, Lang.TRIG);
        }
        Map<String, GraphContent> out = new TreeMap<>();
        for (String name : List.of("a.txt", "b.txt", "t.csv")) {
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

    /** The rows on the node of "TSMC supplies ByteDance". */
    static List<String> rows(TdbStore store) {
        Node fact = SummaryGraph.factNode(NodeFactory.createURI(CO + "tsmc"), NodeFactory.createURI("https://w3id.org/chipgraph/ontology#supplies"),
                NodeFactory.createURI(CO + "bytedance"));
        return store.read(d -> {
            List<String> out = new ArrayList<>();
            d.find(SummaryGraph.NODE, fact, SupplyRows.SUPPLY_ROW, Node.ANY).forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    static String row(int sources, String file, String evidence) { return String.join(SEP, "" + sources, file, evidence); }

    static void assertAsRebuilt(TdbStore store) {
        List<String> kept = rows(store);
        store.rebuildSummary();
        assertEquals(rows(store), kept, "the row kept by the writes is the rebuilt one");
    }

    @Test
    void theRowCountsEveryGraphAndCitesTheFirstClaimWithEvidenceDeniedOrNot() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            assertEquals(List.of(row(3, "b.txt", "B: TSMC denies supplying ByteDance.")), rows(store), "a.txt comes first but has no evidence");
            assertAsRebuilt(store);
        }
    }

    @Test
    void removingTheCitedDocumentCitesTheNext() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            store.removeGraphs(List.of(DOC + "b.txt"));
            assertEquals(List.of(row(2, "t.csv", "row 3")), rows(store));
            assertAsRebuilt(store);
        }
    }

    @Test
    void aClaimWithoutEvidenceIsCitedWhenNoneHasAny() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            store.removeGraphs(List.of(DOC + "b.txt", DOC + "t.csv"));
            assertEquals(List.of(row(1, "a.txt", "")), rows(store));
        }
    }

    @Test
    void reingestingTheCitedDocumentWithoutItsClaimCitesTheNext() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            GraphContent b = documents().get("b.txt");
            List<Quad> without = b.quads().stream().filter(q -> !q.getSubject().toString().endsWith("/b1")).toList();
            store.replaceGraphs(List.of(new GraphContent(b.graphIri(), without)));
            assertEquals(List.of(row(3, "t.csv", "row 3")), rows(store), "b.txt still states the fact, so it still counts");
            assertAsRebuilt(store);
        }
    }

    @Test
    void aSparqlUpdateGivingAClaimASentenceChangesTheCitation() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            Txn.executeWrite(store.datasetGraph(), () -> UpdateSummary.execute(UpdateFactory.create(
                    "INSERT DATA { GRAPH <" + DOC + "a.txt> { <https://w3id.org/chipgraph/id/claim/a1> <https://w3id.org/chipgraph/ontology#sentence> \"A: TSMC supplies ByteDance.\" } }"),
                    store.datasetGraph()));
            assertEquals(List.of(row(3, "a.txt", "A: TSMC supplies ByteDance.")), rows(store));
            assertAsRebuilt(store);
        }
    }
}
