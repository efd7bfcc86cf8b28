package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary graph holds each fact, entity type and label of the other graphs once, in step with every write. */
class SummaryGraphTest {
    static final String CO = "https://w3id.org/chipgraph/id/company/";
    static final String A = "https://w3id.org/chipgraph/id/doc/a.txt";
    static final String B = "https://w3id.org/chipgraph/id/doc/b.txt";
    static final String SHARED = "nvidia supplies bytedance";
    static final String ONLY_A = "nvidia supplies alibaba";

    @TempDir Path tmp;

    /** The two documents of summary.trig, each as a graph's content. */
    static List<GraphContent> documents() throws IOException {
        DatasetGraph d = DatasetGraphFactory.create();
        try (InputStream in = SummaryGraphTest.class.getResourceAsStream("/store/summary.trig")) {
            RDFDataMgr.read(d, in, Lang.TRIG);
        }
        List<GraphContent> out = new ArrayList<>();
        for (String g : List.of(A, B)) {
            List<Quad> quads = new ArrayList<>();
            d.find(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            out.add(new GraphContent(g, quads));
        }
        return out;
    }

    /** The summary's triples as "subject predicate object" with local names. */
    static Set<String> summary(TdbStore store) {
        return store.read(d -> {
            Set<String> s = new TreeSet<>();
            d.find(SummaryGraph.NODE, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.getSubject().getURI().startsWith(SummaryGraph.FACT_NS)) s.add(local(q.getSubject()) + " " + local(q.getPredicate()) + " " + local(q.getObject()));
            });
            return s;
        });
    }

    /** The citations of the fact "nvidia supplies X" in the summary, as "predicate text" (its counts are FactRowsTest's). */
    static Set<String> citations(TdbStore store, String customer) {
        Node fact = SummaryGraph.factNode(NodeFactory.createURI(CO + "nvidia"), NodeFactory.createURI("https://w3id.org/chipgraph/ontology#supplies"),
                NodeFactory.createURI(CO + customer));
        return store.read(d -> {
            Set<String> s = new TreeSet<>();
            d.find(SummaryGraph.NODE, fact, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (local(q.getPredicate()).endsWith("itation")) s.add(local(q.getPredicate()) + " " + local(q.getObject()));
            });
            return s;
        });
    }

    @Test
    void aFactIsCitedByItsFirstClaimThatIsNotDenied() throws IOException {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceGraphs(documents());
            assertEquals(Set.of("citation a.txt: A: Nvidia supplies ByteDance.", "seatCitation a.txt: A: Nvidia supplies ByteDance."), citations(store, "bytedance"));
            assertEquals(Set.of(), citations(store, "alibaba"), "its one claim is denied");
        }
    }

    @Test
    void removingTheCitedDocumentCitesTheOtherOne() throws IOException {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceGraphs(documents());
            store.removeGraphs(List.of(A));
            assertEquals(Set.of("citation b.txt: B: Nvidia supplies ByteDance.", "seatCitation b.txt: B: Nvidia supplies ByteDance."), citations(store, "bytedance"));
            store.removeGraphs(List.of(B));
            assertEquals(Set.of(), citations(store, "bytedance"));
        }
    }

    static String local(Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        String u = n.getURI();
        return u.substring(Math.max(u.lastIndexOf('/'), u.lastIndexOf('#')) + 1);
    }

    @Test
    void aFactTwoDocumentsStateIsInTheSummaryOnce() throws IOException {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceGraphs(documents());
            assertEquals(Set.of(SHARED, ONLY_A, "newco buys nvidia", "nvidia type Supplier", "newco type Company", "newco type DiscoveredEntity", "newco label Newco"),
                    summary(store));
        }
    }

    @Test
    void claimsAndDocumentsStayOutOfTheSummary() throws IOException {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceGraphs(documents());
            assertTrue(summary(store).stream().noneMatch(t -> t.contains("Claim") || t.contains("Document") || t.contains("subject") || t.contains("fileName")),
                    summary(store).toString());
        }
    }

    @Test
    void removingOneOfTwoDocumentsKeepsTheirSharedFactAndDropsItsOwn() throws IOException {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceGraphs(documents());
            store.removeGraphs(List.of(A));
            assertEquals(Set.of(SHARED, "nvidia type Supplier"), summary(store));
            store.removeGraphs(List.of(B));
            assertEquals(Set.of(), summary(store));
        }
    }

    @Test
    void reingestingADocumentWithoutAFactDropsTheFact() throws IOException {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceGraphs(documents());
            GraphContent a = documents().get(0);
            List<Quad> without = a.quads().stream().filter(q -> !(local(q.getPredicate()).equals("supplies") && local(q.getObject()).equals("alibaba"))).toList();
            store.replaceGraphs(List.of(new GraphContent(A, without)));
            assertFalse(summary(store).contains(ONLY_A), summary(store).toString());
            assertTrue(summary(store).contains(SHARED));
        }
    }

    @Test
    void aStreamedGraphIsSummarisedInItsOwnTransaction() throws IOException {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceGraph(B, sink -> { try { documents().get(1).quads().forEach(sink); } catch (IOException e) { throw new java.io.UncheckedIOException(e); } });
            assertEquals(Set.of(SHARED, "nvidia type Supplier"), summary(store));
        }
    }

    @Test
    void countsGraphListsAndQuadExportsLeaveTheSummaryOut() throws Exception {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceGraphs(documents());
            long quads = documents().stream().mapToLong(g -> g.quads().size()).sum();
            assertEquals(quads, store.quadCount());
            assertEquals(List.of(A, B), store.graphNames());
            var out = new java.io.ByteArrayOutputStream();
            org.chipgraph.export.StoreExport.write(store.datasetGraph(), org.chipgraph.export.StoreExport.Format.NQ, out);
            assertFalse(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains(SummaryGraph.IRI));
        }
    }

    /** Bulk-loads the two documents of summary.trig into {@code db}, as an N-Quads file with its manifest. */
    void bulkLoadDocuments(Path db) throws IOException {
        Path nq = tmp.resolve("docs.nq");
        try (var out = Files.newOutputStream(nq)) {
            var w = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out, org.apache.jena.riot.RDFFormat.NQUADS);
            w.start();
            for (GraphContent g : documents()) g.quads().forEach(w::quad);
            w.finish();
        }
        LoadCheck.describe(nq).write(Manifest.beside(nq));
        BulkLoad.load(db, List.of(nq));
    }

    @Test
    void aStoreWrittenWithoutASummaryGetsItWhenOpened() throws IOException {
        Path db = tmp.resolve("db");
        try (TdbStore store = TdbStore.open(db)) {
            // written past the store's own writes, as an older chipgraph left it
            List<GraphContent> docs = documents();
            Txn.executeWrite(store.datasetGraph(), () -> docs.forEach(g -> g.quads().forEach(store.datasetGraph()::add)));
            assertEquals(Set.of(), summary(store));
        }
        try (TdbStore store = TdbStore.open(db)) {
            assertTrue(summary(store).contains(SHARED) && summary(store).contains(ONLY_A), summary(store).toString());
        }
    }

    @Test
    void aBulkLoadSummarisesTheLoadedStoreAndWritesTheStatisticsFile() throws IOException {
        Path db = tmp.resolve("db");
        bulkLoadDocuments(db);
        try (TdbStore store = TdbStore.openExisting(db)) {
            assertTrue(summary(store).contains(SHARED) && summary(store).contains(ONLY_A), summary(store).toString());
            Path data = org.apache.jena.tdb2.sys.DatabaseOps.findStorageLocation(db);
            assertTrue(Files.readString(data.resolve(StatisticsFile.NAME)).contains("supplies"), "statistics name the predicates");
        }
    }

    @Test
    void aRebuildGivesTheSummaryTheWritesKeptAndDeletesItsSpoolFile() throws IOException {
        Path spool = tmp.resolve("spool");
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceGraphs(documents());
            Set<String> kept = summary(store);
            Set<String> cited = citations(store, "bytedance");
            long[] n = new long[1];
            Txn.executeWrite(store.datasetGraph(), () -> n[0] = SummaryGraph.rebuild(store.datasetGraph(), spool));
            assertEquals(kept, summary(store));
            assertEquals(cited, citations(store, "bytedance"));
            assertEquals(kept.size(), n[0], "a triple two documents state is counted once");
            try (var left = Files.list(spool)) {
                assertEquals(List.of(), left.toList());
            }
        }
    }

    @Test
    void aBulkLoadLeavesNoSpoolFileInTheNewGeneration() throws IOException {
        Path db = tmp.resolve("db");
        bulkLoadDocuments(db);
        Path data = org.apache.jena.tdb2.sys.DatabaseOps.findStorageLocation(db);
        try (var files = Files.list(data)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("chipgraph-summary-")).toList());
        }
    }

    @Test
    void compactionKeepsTheSummaryAndWritesTheStatisticsFile() throws IOException {
        Path db = tmp.resolve("db");
        try (TdbStore store = TdbStore.open(db)) {
            store.replaceGraphs(documents());
            Set<String> before = summary(store);
            store.compact();
            assertEquals(before, summary(store));
            Path data = org.apache.jena.tdb2.sys.DatabaseOps.findStorageLocation(db);
            assertTrue(Files.readString(data.resolve(StatisticsFile.NAME)).contains("supplies"), "statistics name the predicates");
        }
    }
}
