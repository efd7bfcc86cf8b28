package org.chipgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Kills {@code chipgraph load} (the bulk loader) with SIGKILL at random moments while it builds and
 * switches in a new generation. Afterwards the store opens and is exactly the old store or exactly
 * the new one, never a mix; no -tmp generation survives the reopening; and re-running the load gives
 * the new store.
 *
 * <p>The old store holds articles 0-29; the N-Quads file (from {@code chipgraph extract}) holds an
 * edited edition of articles 20-69, so a load both replaces graphs and adds new ones.
 * Kill points: {@code -Dchipgraph.crash.loadPoints=N}, else {@code -Dchipgraph.crash.points}, default 3.
 */
@Tag("integration")
class CrashDuringLoadTest {
    /** CI (CI=true, as .ci/run is run) takes 50 kill points, like the ingest harness; a developer's run 3. */
    static final int POINTS = Integer.getInteger("chipgraph.crash.loadPoints",
            Integer.getInteger("chipgraph.crash.points", "true".equals(System.getenv("CI")) ? 50 : 3));
    static final long SEED = Long.getLong("chipgraph.crash.seed", new Random().nextLong());

    static Path work, oldStore, nquads;
    static StoreSnapshot before, after;
    static Killer.Window window;
    static int killed, sawOld, sawNew;

    @BeforeAll
    static void prepare() throws Exception {
        System.out.println("CrashDuringLoadTest: seed " + SEED + " (-Dchipgraph.crash.seed=" + SEED + "), " + POINTS + " kill points");
        work = References.tempDir("crash-load");
        Corpus.write(work.resolve("old"), 30, SEED, 0);
        List<Path> edited = Corpus.write(work.resolve("all-edited"), 70, SEED, 1);
        Path newer = work.resolve("new");
        Files.createDirectories(newer);
        for (Path f : edited.subList(20, 70)) Files.move(f, newer.resolve(f.getFileName()));
        oldStore = work.resolve("old-store");
        assertEquals(0, Cli.run("ingest", "--db", oldStore.toString(), work.resolve("old").toString()).exit());
        before = StoreSnapshot.of(oldStore);
        nquads = work.resolve("new.nq");
        var ex = Cli.run("extract", "-o", nquads.toString(), newer.toString());
        assertEquals(0, ex.exit(), ex.err());
        Path clean = copyOfOld("clean");
        var load = Cli.run("load", "--db", clean.toString(), nquads.toString());
        assertEquals(0, load.exit(), load.err());
        after = StoreSnapshot.of(clean);
        assertTrue(!before.differences(after).isEmpty(), "the load changes the store");
        Path timed = copyOfOld("timed");
        window = Killer.time(loadArgs(timed), () -> building(timed), work.resolve("timed.log"));
        System.out.printf("CrashDuringLoadTest: undisturbed child load: new generation begun at %d ms, ended at %d ms%n", window.storeOpenedMs(), window.endedMs());
    }

    @AfterAll
    static void report() {
        System.out.printf("CrashDuringLoadTest: %d of %d kill points killed a running load; the store was the old one %d times, the new one %d times; seed %d%n",
                killed, POINTS, sawOld, sawNew, SEED);
        if (work != null) Dirs.delete(work);
    }

    static Path copyOfOld(String name) {
        Path p = work.resolve(name);
        Dirs.copy(oldStore, p);
        return p;
    }

    static boolean building(Path store) {
        return Files.isDirectory(store.resolve("Data-0002-tmp")) || Files.isDirectory(store.resolve("Data-0002"));
    }

    static List<String> loadArgs(Path store) {
        return List.of("load", "--db", store.toString(), nquads.toString());
    }

    @TestFactory
    Stream<DynamicTest> killPoints() {
        Random random = new Random(SEED + 1);
        long span = Math.max(50, window.endedMs() - window.storeOpenedMs());
        // Odd points aim at the end, where the new generation is switched in and the old one deleted.
        long[] delays = IntStream.range(0, POINTS).mapToLong(i -> (long) (span * (i % 2 == 0 ? random.nextDouble() : 0.85 + 0.2 * random.nextDouble()))).toArray();
        return IntStream.range(0, POINTS).mapToObj(i -> DynamicTest.dynamicTest(
                "load kill point " + i + " (" + delays[i] + " ms into the new generation) leaves the old store or the new one",
                () -> killPoint(i, delays[i])));
    }

    void killPoint(int i, long delay) throws Exception {
        Path store = copyOfOld("kill-" + i);
        Path log = work.resolve("kill-" + i + ".log");
        Killer.Kill kill = Killer.killAfter(loadArgs(store), () -> building(store), delay, log);
        for (int retry = 0; !kill.killed() && retry < 4; retry++) {
            Dirs.delete(store);
            Dirs.copy(oldStore, store);
            kill = Killer.killAfter(loadArgs(store), () -> building(store), kill.delayMs() / 2, log);
        }
        if (kill.killed()) killed++;
        StoreSnapshot now;
        try (TdbStore db = TdbStore.open(store)) {
            now = StoreSnapshot.of(db);
            assertEquals(List.of(), StoreChecks.orphanClaims(db), "claims without their document");
        }
        boolean isOld = now.differences(before).isEmpty(), isNew = now.differences(after).isEmpty();
        assertTrue(isOld || isNew, "after a kill " + kill.delayMs() + " ms into the load the store is neither the old nor the new one: "
                + "vs old " + now.differences(before).stream().limit(5).toList() + ", vs new " + now.differences(after).stream().limit(5).toList());
        if (isOld) sawOld++;
        else sawNew++;
        try (var s = Files.list(store)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-tmp")).toList(), "no -tmp generation after reopening");
        }
        System.out.printf("load kill point %d: %s %d ms into the new generation: the %s store%n", i,
                kill.killed() ? "killed" : "ended before", kill.delayMs(), isOld ? "old" : "new");
        var rerun = Cli.run(loadArgs(store).toArray(String[]::new));
        assertEquals(0, rerun.exit(), "re-run of the load: " + rerun.err());
        assertEquals(List.of(), StoreSnapshot.of(store).differences(after), "re-running the load gives the new store");
        Dirs.delete(store);
        Files.deleteIfExists(log);
    }
}
