package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * Each supplier's precomputed row in the summary graph (store/SupplierCustomers: its customers' names, each once)
 * is in step after ingest, re-ingest without a fact, remove, a relabelled customer and a SPARQL update, and is what
 * a rebuild makes.
 */
class SupplierRowsTest {
    static final String DOC = "https://w3id.org/chipgraph/id/doc/";
    static final String CO = "https://w3id.org/chipgraph/id/company/";

    @TempDir Path tmp;

    static Map<String, GraphContent> documents() throws IOException {
        DatasetGraph d = DatasetGraphFactory.create();
        try (InputStream in = SupplierRowsTest.class.getResourceAsStream("/store/supplier-rows.trig")) {
            RDFDataMgr.read(d, in, Lang.TRIG);
        }
        Map<String, GraphContent> out = new TreeMap<>();
        for (String name : List.of("a.txt", "b.txt")) {
            List<Quad> quads = new ArrayList<>();
            d.find(NodeFactory.createURI(DOC + name), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            out.put(name, new GraphContent(DOC + name, quads));
        }
        return out;
    }

    /** Nvidia's customers as its row in the summary names them (empty: no row). */
    static Set<String> customers(TdbStore store) {
        return store.read(d -> {
            Set<String> s = new TreeSet<>();
            d.find(SummaryGraph.NODE, NodeFactory.createURI(CO + "nvidia"), SupplierCustomers.CUSTOMER_NAMES, Node.ANY)
                    .forEachRemaining(q -> s.addAll(List.of(q.getObject().getLiteralLexicalForm().split(", "))));
            return s;
        });
    }

    static TdbStore ingested(Path db) throws IOException {
        TdbStore store = TdbStore.open(db);
        store.replaceGraphs(documents().values());
        return store;
    }

    static void assertAsRebuilt(TdbStore store) {
        Set<String> kept = customers(store);
        store.rebuildSummary();
        assertEquals(customers(store), kept, "the row kept by the writes is the rebuilt one");
    }

    @Test
    void aSupplierNamesEachCustomerOnce() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            String row = store.read(d -> d.find(SummaryGraph.NODE, NodeFactory.createURI(CO + "nvidia"), SupplierCustomers.CUSTOMER_NAMES, Node.ANY)
                    .next().getObject().getLiteralLexicalForm());
            assertEquals(2, row.split(", ").length, row);
            assertEquals(Set.of("Alibaba", "ByteDance"), customers(store));
            assertAsRebuilt(store);
        }
    }

    @Test
    void reingestingADocumentWithoutASupplyFactDropsTheCustomer() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            GraphContent a = documents().get("a.txt");
            store.replaceGraphs(List.of(new GraphContent(a.graphIri(), a.quads().stream().filter(q -> !q.getObject().toString().endsWith("alibaba")).toList())));
            assertEquals(Set.of("ByteDance"), customers(store));
            assertAsRebuilt(store);
        }
    }

    @Test
    void removingTheDocumentsRemovesTheRow() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            store.removeGraphs(List.of(DOC + "a.txt"));
            assertEquals(Set.of("ByteDance"), customers(store), "b still states the supply of ByteDance");
            store.removeGraphs(List.of(DOC + "b.txt"));
            assertEquals(Set.of(), customers(store));
        }
    }

    @Test
    void aCustomerGivenANewLabelIsNamedByIt() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            Quad label = Quad.create(NodeFactory.createURI(DOC + "c.txt"), NodeFactory.createURI(CO + "alibaba"),
                    NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralLang("Alibaba Group", "en"));
            store.replaceGraphs(List.of(new GraphContent(DOC + "c.txt", List.of(label))));
            assertEquals(Set.of("Alibaba", "Alibaba Group", "ByteDance"), customers(store));
            assertAsRebuilt(store);
        }
    }

    @Test
    void aSparqlUpdateAddingASupplyFactNamesTheNewCustomer() throws IOException {
        try (TdbStore store = ingested(tmp.resolve("db"))) {
            String insert = "INSERT DATA { GRAPH <" + DOC + "d.txt> { <" + CO + "nvidia> <https://w3id.org/chipgraph/ontology#supplies> <" + CO + "tencent> . <"
                    + CO + "tencent> <http://www.w3.org/2000/01/rdf-schema#label> \"Tencent\"@en } }";
            Txn.executeWrite(store.datasetGraph(), () -> UpdateSummary.execute(UpdateFactory.create(insert), store.datasetGraph()));
            assertEquals(Set.of("Alibaba", "ByteDance", "Tencent"), customers(store));
            assertAsRebuilt(store);
        }
    }
}
