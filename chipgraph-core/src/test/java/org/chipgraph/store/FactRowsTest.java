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
 * Each fact's precomputed row in the summary graph (store/FactSources: the sources with a claim not denied, their
 * earliest date) is in step after every kind of write: ingest, re-ingest without the fact,
 * remove, a SPARQL update, and is what a rebuild makes.
 */
class FactRowsTest {
    static final String DOC = "https://w3id.org/chipgraph/id/doc/";
    static final Node US_2023 = NodeFactory.createURI("https://w3id.org/chipgraph/id/control/us-2023");
    static final Node RESTRICTS = NodeFactory.createURI("https://w3id.org/chipgraph/ontology#restricts");

    @TempDir Path tmp;

    /** The documents of fact-rows.trig, by file name, each as a graph's content. */
    static Map<String, GraphContent> documents() throws IOException {
        DatasetGraph d = DatasetGraphFactory.create();
        try (InputStream in = FactRowsTest.class.getResourceAsStream("/store/fact-rows.trig")) {
            RDFDataMgr.read(d, in, Lang.TRIG);
        }
        Map<String, GraphContent> out = new TreeMap<>();
        for (String name : List.of("c.txt", "d.txt", "e.txt")) {
            List<Quad> quads = new ArrayList<>();
            d.find(NodeFactory.createURI(DOC + name), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            out.put(name, new GraphContent(DOC + name, quads));
        }
        return out;
    }

    /** The counts and date on the fact node of "us-2023 restricts {chip}", as "property value" (citations left out). */
    static Map<String, String> row(TdbStore store, String chip) {
        Node fact = SummaryGraph.factNode(US_2023, RESTRICTS, NodeFactory.createURI("https://w3id.org/chipgraph/id/chip/" + chip));
        return store.read(d -> {
            Map<String, String> m = new TreeMap<>();
            d.find(SummaryGraph.NODE, fact, Node.ANY, Node.ANY).forEachRemaining(q -> {
                String p = q.getPredicate().getLocalName();
                if (!p.endsWith("itation")) m.put(p, q.getObject().getLiteralLexicalForm());
            });
            return m;
        });
    }

    static Map<String, String> counts(int sources, String earliest) {
        return sources == 0 ? Map.of() : Map.of("sourceCount", "" + sources, "earliestDate", earliest);
    }

    static TdbStore ingested(Path db) throws IOException {
        TdbStore store = TdbStore.open(db);
        store.replaceGraphs(documents().values());
        return store;
    }

    /** The fact's row as kept, and as a rebuild from the store's graphs makes it. */
    static void assertAsRebuilt(TdbStore store, String chip) {
        Map<String, String> kept = row(store, chip);
        store.rebuildSummary();
        assertEquals(row(store, chip), kept, "the row kept by the writes is the rebuilt one");
    }

    @Test
    void aFactCountsItsSourcesThatDoNotDenyIt() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            assertEquals(counts(2, "2023-10-17"), row(store, "h100"), "e's claim is denied, so its earlier date does not count");
            assertAsRebuilt(store, "h100");
        }
    }

    @Test
    void theEarliestDateIsEmptyWhenASourceGivesNone() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            assertEquals(counts(2, ""), row(store, "h800"));
        }
    }

    @Test
    void reingestingADocumentWithoutTheFactRecountsIt() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            GraphContent c = documents().get("c.txt");
            List<Quad> without = c.quads().stream().filter(q -> !q.getObject().toString().endsWith("h100") && !q.getSubject().toString().endsWith("/c1")).toList();
            store.replaceGraphs(List.of(new GraphContent(c.graphIri(), without)));
            assertEquals(counts(1, "2023-11-02"), row(store, "h100"));
            assertAsRebuilt(store, "h100");
        }
    }

    @Test
    void removingADocumentRecountsItsFacts() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            store.removeGraphs(List.of(DOC + "d.txt"));
            assertEquals(counts(1, "2023-10-17"), row(store, "h800"), "the undated source has gone");
            assertAsRebuilt(store, "h800");
        }
    }

    @Test
    void aFactWhoseEveryClaimIsDeniedHasNoSources() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            store.removeGraphs(List.of(DOC + "c.txt", DOC + "d.txt"));
            assertEquals(counts(0, null), row(store, "h100"));
            assertAsRebuilt(store, "h100");
        }
    }

    @Test
    void aSparqlUpdateDroppingADocumentRecountsItsFacts() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            Txn.executeWrite(store.datasetGraph(), () -> UpdateSummary.execute(UpdateFactory.create("DROP GRAPH <" + DOC + "c.txt>"), store.datasetGraph()));
            assertEquals(counts(1, "2023-11-02"), row(store, "h100"));
            assertAsRebuilt(store, "h100");
        }
    }

    @Test
    void aStoreWhoseSummaryHasNoFactRowsGetsThemWhenOpened() throws IOException {
        Path db = tmp.resolve("db");
        try (TdbStore store = ingested(db)) {
            // as a summary written before the rows were precomputed: citations, no counts
            Txn.executeWrite(store.datasetGraph(), () -> {
                for (Node p : List.of(FactSources.SOURCE_COUNT, FactSources.EARLIEST_DATE))
                    store.datasetGraph().deleteAny(SummaryGraph.NODE, Node.ANY, p, Node.ANY);
            });
            assertEquals(Map.of(), row(store, "h100"));
        }
        try (TdbStore store = TdbStore.open(db)) {
            assertEquals(counts(2, "2023-10-17"), row(store, "h100"));
        }
    }
}
