package org.chipgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.chipgraph.cli.ChipgraphCli;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.Iris;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An ingest into a store on a small tmpfs that fills up: it fails with a one-line "disk full" message
 * naming the store, and the store keeps the documents written before, each whole. Needs root to
 * mount the tmpfs; skipped with a message otherwise. The disk holds the reference graphs and a few
 * batches, far from all 800 articles. It was 3 MB until session 26, whose store changes (the stored source
 * rows among them) made a store with its first batch larger than that.
 */
@Tag("integration")
class DiskFullTest {
    static final int ARTICLES = 800;
    static final int DISK_MB = 6;
    static Path work, mount, corpus;
    static boolean mounted;

    @BeforeAll
    static void mountSmallFileSystem() throws Exception {
        work = References.tempDir("disk-full");
        mount = Files.createDirectories(work.resolve("small"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + DISK_MB + "m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "DiskFullTest skipped: cannot mount a small tmpfs (needs root): " + out.strip());
        corpus = work.resolve("articles");
        Corpus.write(corpus, ARTICLES, 42, 0);
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mounted) new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        if (work != null) Dirs.delete(work);
    }

    @Test
    void aFullDiskFailsWithOneLineAndKeepsTheDocumentsBefore() throws Exception {
        Path store = mount.resolve("db");
        Path log = work.resolve("ingest.log");
        Process p = ChildJvm.start(ChipgraphCli.class, List.of("ingest", "--db", store.toString(), "--batch-docs", "25", corpus.toString()), log);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the ingest ends");
        String output = Files.readString(log).strip();
        assertEquals(1, p.exitValue(), output);
        assertEquals(1, output.lines().count(), "one line: " + output);
        assertTrue(output.startsWith("chipgraph: disk full while writing to " + store), output);
        assertFalse(output.contains("\tat "), output);

        List<String> docOrder = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) docOrder.add(Iris.document(String.format("art-%04d.txt", i)));
        try (TdbStore db = TdbStore.open(store)) {
            StoreSnapshot after = StoreSnapshot.of(db);
            assertTrue(after.graphs().size() > 2, "some documents went in before the disk filled: none did on " + DISK_MB + " MB");
            // The reference: a clean ingest, on a roomy disk, of the files whose documents are in the full store.
            // The same files, named one by one: a document records the file it was read from.
            Path clean = work.resolve("clean");
            List<String> args = new ArrayList<>(List.of("ingest", "--db", clean.toString()));
            for (int i = 0; i < after.graphs().size() - 2; i++) args.add(corpus.resolve(String.format("art-%04d.txt", i)).toString());
            assertEquals(0, Cli.run(args.toArray(String[]::new)).exit());
            StoreSnapshot expected = StoreSnapshot.of(clean);
            List<String> present = new ArrayList<>();
            for (var e : after.graphs().entrySet()) {
                Graph want = expected.graphs().get(e.getKey());
                assertTrue(want != null && StoreSnapshot.sameGraph(want, e.getValue()), e.getKey() + " is whole");
                if (!e.getKey().equals(CG.ONTOLOGY_GRAPH) && !e.getKey().equals(CG.ENTITIES_GRAPH)) present.add(e.getKey());
            }
            assertTrue(!present.isEmpty() && present.size() < ARTICLES, "some documents went in before the disk filled: " + present.size());
            assertEquals(docOrder.subList(0, present.size()), present.stream().sorted().toList(), "the documents present are the first ones");
            assertEquals(List.of(), StoreChecks.orphanClaims(db));
            System.out.printf("DiskFullTest: %d of %d documents in the store when the %d MB disk filled; message: %s%n", present.size(), ARTICLES, DISK_MB, output);
        }
    }
}
