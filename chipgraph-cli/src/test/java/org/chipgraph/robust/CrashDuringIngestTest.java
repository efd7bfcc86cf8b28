package org.chipgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.Iris;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Kills {@code chipgraph ingest} of 50 generated articles with SIGKILL at random moments, then checks
 * the store: it opens; each document graph present equals a clean single-document ingest of its
 * file, and the documents present are a prefix of the input (batches commit in order); no claim
 * lacks its document; SHACL passes; and re-running the ingest gives exactly the clean run's store.
 *
 * <p>Kill points: {@code -Dchipgraph.crash.points=N} (default 5); seed: {@code -Dchipgraph.crash.seed=S}
 * (default: random, printed).
 */
@Tag("integration")
class CrashDuringIngestTest {
    static final int ARTICLES = 50;
    /** CI (CI=true, as .ci/run is run) takes the full 50 kill points; a developer's run 5. */
    static final int POINTS = Integer.getInteger("chipgraph.crash.points", "true".equals(System.getenv("CI")) ? 50 : 5);
    static final long SEED = Long.getLong("chipgraph.crash.seed", new Random().nextLong());

    static Path work;
    static Path corpus;
    static List<Path> files;
    static List<String> docOrder;
    static Map<String, Graph> singleDoc;
    static StoreSnapshot clean;
    static Killer.Window window;
    static int killed;
    static int midway;

    @BeforeAll
    static void prepare() throws Exception {
        System.out.println("CrashDuringIngestTest: seed " + SEED + " (-Dchipgraph.crash.seed=" + SEED + "), " + POINTS + " kill points");
        work = References.tempDir("crash-ingest");
        corpus = work.resolve("articles");
        files = Corpus.write(corpus, ARTICLES, SEED, 0);
        docOrder = files.stream().map(f -> Iris.document(f.getFileName().toString())).toList();
        long t0 = System.nanoTime();
        singleDoc = References.singleDocumentGraphs(files, work);
        System.out.printf("CrashDuringIngestTest: %d single-document references in %.1f s%n", singleDoc.size(), (System.nanoTime() - t0) / 1e9);
        Path cleanStore = work.resolve("clean");
        var r = Cli.run(ingestArgs(cleanStore, false).toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        clean = StoreSnapshot.of(cleanStore);
        Path timed = work.resolve("timed");
        window = Killer.time(ingestArgs(timed, true), timed, work.resolve("timed.log"));
        assertTrue(StoreSnapshot.of(timed).differences(clean).isEmpty(), "a child-process ingest gives the in-process clean store");
        System.out.printf("CrashDuringIngestTest: undisturbed child run: store opened at %d ms, ended at %d ms%n", window.storeOpenedMs(), window.endedMs());
    }

    @AfterAll
    static void report() {
        System.out.printf("CrashDuringIngestTest: %d of %d kill points killed a running ingest (%d mid-way, with some but not all documents in); seed %d%n",
                killed, POINTS, midway, SEED);
        if (work != null) Dirs.delete(work);
    }

    /** Odd kill points also compact the store at the end (TDB2 builds a new generation and deletes the old). */
    static List<String> ingestArgs(Path store, boolean compact) {
        return List.of("ingest", "--db", store.toString(), "--batch-docs", "3", "--threads", "2",
                "--compact", compact ? "always" : "never", corpus.toString());
    }

    @TestFactory
    Stream<DynamicTest> killPoints() {
        Random random = new Random(SEED);
        long span = Math.max(50, window.endedMs() - window.storeOpenedMs());
        long[] delays = IntStream.range(0, POINTS).mapToLong(i -> (long) (random.nextDouble() * span)).toArray();
        return IntStream.range(0, POINTS).mapToObj(i -> DynamicTest.dynamicTest(
                "kill point " + i + " (" + delays[i] + " ms after the store opens" + (i % 2 == 1 ? ", compacting" : "") + ") leaves whole documents and a re-run gives the clean store",
                () -> killPoint(i, delays[i])));
    }

    static TdbStore openAfterKill(Path store, long delay) throws Exception {
        try {
            return TdbStore.open(store);
        } catch (RuntimeException e) {
            StringBuilder why = new StringBuilder("store does not open after a kill at " + delay + " ms: " + e);
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) why.append("\n  caused by ").append(c);
            try (var s = Files.walk(store)) {
                s.forEach(p -> why.append("\n  ").append(store.relativize(p)).append(Files.isRegularFile(p) ? " " + p.toFile().length() : ""));
            }
            throw new AssertionError(why.toString(), e);
        }
    }

    void killPoint(int i, long delay) throws Exception {
        Path store = work.resolve("kill-" + i);
        long t0 = System.nanoTime();
        boolean compact = i % 2 == 1;
        Killer.Kill kill = Killer.killAfterOpen(ingestArgs(store, compact), store, delay, work.resolve("kill-" + i + ".log"));
        // A run that ended before its kill point is retried earlier: every point must be a real kill.
        for (int retry = 0; !kill.killed() && retry < 4; retry++) {
            Dirs.delete(store);
            kill = Killer.killAfterOpen(ingestArgs(store, compact), store, kill.delayMs() / 2, work.resolve("kill-" + i + ".log"));
        }
        delay = kill.delayMs();
        long t1 = System.nanoTime();
        if (kill.killed()) killed++;
        if (!kill.killed()) System.out.println("kill point " + i + ": the ingest ended before every kill attempt");
        try (TdbStore db = openAfterKill(store, delay)) {
            StoreSnapshot after = StoreSnapshot.of(db);
            SummaryInStep.check(db, "after kill point " + i);
            List<String> present = new ArrayList<>();
            for (var e : after.graphs().entrySet()) {
                String g = e.getKey();
                if (g.equals(CG.ONTOLOGY_GRAPH) || g.equals(CG.ENTITIES_GRAPH)) {
                    assertTrue(StoreSnapshot.sameGraph(clean.graphs().get(g), e.getValue()), g + " is whole");
                } else {
                    Graph expected = singleDoc.get(g);
                    assertTrue(expected != null, "unexpected graph " + g);
                    assertTrue(StoreSnapshot.sameGraph(expected, e.getValue()),
                            g + " equals its clean single-document ingest (" + e.getValue().size() + " vs " + expected.size() + " triples)");
                    present.add(g);
                }
            }
            assertEquals(docOrder.subList(0, present.size()), present.stream().sorted().toList(),
                    "the documents present are the first ones of the input");
            assertEquals(List.of(), StoreChecks.orphanClaims(db), "claims without their document");
            assertEquals(List.of(), StoreChecks.shaclViolations(db), "SHACL violations");
            if (kill.killed() && !present.isEmpty() && present.size() < ARTICLES) midway++;
            System.out.printf("kill point %d: %s %d ms after the store opened, %d of %d documents present%n", i,
                    kill.killed() ? "killed" : "already ended", delay, present.size(), ARTICLES);
        }
        var rerun = Cli.run(ingestArgs(store, compact).toArray(String[]::new));
        assertEquals(0, rerun.exit(), "re-run after the kill: " + rerun.err());
        assertEquals(List.of(), StoreSnapshot.of(store).differences(clean), "re-run gives the clean run's store");
        System.out.printf("kill point %d: kill %.1f s, checks and re-run %.1f s%n", i, (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        Dirs.delete(store);
        Files.deleteIfExists(work.resolve("kill-" + i + ".log"));
    }
}
