package org.chipgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.ingest.ArticleIngest;
import org.chipgraph.ingest.Ingestor;
import org.chipgraph.ingest.Progress;
import org.chipgraph.ingest.SourceFiles;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.Iris;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers querying while a writer ingests and re-ingests edited articles (in one process) see
 * consistent snapshots: each document graph they see holds the full quad count of the edition it
 * is (known by its sha256), and the documents written in one transaction are all of one edition.
 */
@Tag("integration")
class SnapshotIsolationTest {
    static final int ARTICLES = 24, BATCH = 4, READERS = 4, ROUNDS = 4;

    @TempDir Path tmp;

    @Test
    void readersNeverSeeHalfADocumentOrHalfABatch() throws Exception {
        Path ed0 = tmp.resolve("edition-0"), ed1 = tmp.resolve("edition-1");
        List<Path> files0 = Corpus.write(ed0, ARTICLES, 7, 0), files1 = Corpus.write(ed1, ARTICLES, 7, 1);
        // sha256 of each edition of each document -> its full quad count, from clean single-document ingests
        Map<String, Integer> countBySha = new HashMap<>();
        Map<String, Integer> editionBySha = new HashMap<>();
        int edition = 0;
        for (List<Path> files : List.of(files0, files1)) {
            for (Graph g : References.singleDocumentGraphs(files, tmp.resolve("refs-" + edition)).values()) {
                String sha = g.find(Node.ANY, CG.sha256, Node.ANY).next().getObject().getLiteralLexicalForm();
                countBySha.put(sha, g.size());
                editionBySha.put(sha, edition);
            }
            edition++;
        }
        assertTrue(countBySha.values().stream().distinct().count() > 1, "the editions differ in size");

        ReferenceData reference = ReferenceData.load();
        ArticleIngest pipeline = new ArticleIngest(new ArticleReader(new LanguageDetector(), null), new NewsExtractor(reference), 2);
        Ingestor ingestor = new Ingestor(reference, pipeline, BATCH, 200_000);
        List<Node> docs = files0.stream().map(f -> NodeFactory.createURI(Iris.document(f.getFileName().toString()))).toList();

        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        Set<String> seenEditions = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong passes = new AtomicLong();
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            List<Thread> readers = new java.util.ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                Thread t = new Thread(() -> {
                    while (!done.get()) {
                        store.read(dsg -> {
                            int[] editionOf = new int[docs.size()];
                            for (int i = 0; i < docs.size(); i++) {
                                long n = 0;
                                String sha = null;
                                for (var it = dsg.find(docs.get(i), Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                                    Quad q = it.next();
                                    n++;
                                    if (q.getPredicate().equals(CG.sha256)) sha = q.getObject().getLiteralLexicalForm();
                                }
                                if (n == 0) { editionOf[i] = -1; continue; }
                                Integer want = sha == null ? null : countBySha.get(sha);
                                if (want == null || want != n) violations.add(docs.get(i) + ": " + n + " quads, expected " + want + " for sha " + sha);
                                editionOf[i] = sha == null || !editionBySha.containsKey(sha) ? -2 : editionBySha.get(sha);
                                seenEditions.add(docs.get(i) + "#" + editionOf[i]);
                            }
                            for (int b = 0; b < docs.size(); b += BATCH) {
                                Set<Integer> inBatch = new HashSet<>();
                                for (int i = b; i < Math.min(b + BATCH, docs.size()); i++) inBatch.add(editionOf[i]);
                                if (inBatch.size() > 1) violations.add("batch at document " + b + " is half written: editions " + inBatch);
                            }
                            return null;
                        });
                        passes.incrementAndGet();
                    }
                }, "reader-" + r);
                t.start();
                readers.add(t);
            }
            for (int round = 0; round < ROUNDS; round++) {
                // Each round edits the same files (one source per document): the edition is copied over them.
                Path live = tmp.resolve("live");
                Files.createDirectories(live);
                for (Path f : round % 2 == 0 ? files0 : files1) Files.copy(f, live.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                var summary = ingestor.ingest(store, SourceFiles.of(List.of(live)), false, new Progress("", 0, false));
                assertEquals(ARTICLES, summary.documents());
                // Readers finish passes that began after this round before the next one starts.
                long target = passes.get() + 2L * READERS;
                while (passes.get() < target) Thread.sleep(1);
            }
            done.set(true);
            for (Thread t : readers) t.join();
        }
        assertEquals(List.of(), List.copyOf(violations).subList(0, Math.min(10, violations.size())), violations.size() + " inconsistent reads");
        for (Node d : docs) {
            assertTrue(seenEditions.contains(d + "#0") && seenEditions.contains(d + "#1"), "readers saw both editions of " + d);
        }
        System.out.printf("SnapshotIsolationTest: %d read passes of %d documents by %d readers over %d ingest rounds, no inconsistent read%n",
                passes.get(), ARTICLES, READERS, ROUNDS);
    }
}
