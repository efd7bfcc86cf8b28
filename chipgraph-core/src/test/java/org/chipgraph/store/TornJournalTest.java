package org.chipgraph.store;

import static org.chipgraph.store.CaughtCommit.document;
import static org.chipgraph.store.CaughtCommit.quads;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.chipgraph.error.StoreError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed at any byte of a real TDB2 commit (the journal written by Jena for a batch of documents, cut
 * there) leaves a store that opens with its last committed state and takes the next ingest. Without the cut, TDB2
 * 5.6.0 refuses every cut inside an entry: "Partial read of journal file" (inside a header), "Failed to read the
 * journal entry data: wanted N bytes, got -1" (a header without its data), "... got M" (data cut short).
 */
class TornJournalTest {
    @TempDir
    static Path work;
    static CaughtCommit caught;
    static final List<GraphContent> FIRST = List.of(document("first", 40));
    static final List<GraphContent> SECOND = List.of(document("second-a", 40), document("second-b", 40));
    static final List<GraphContent> NEXT = List.of(document("next", 20));
    /** The store a clean run gives when the next ingest follows the state before / after the caught commit. */
    static Set<String> nextAfterBefore, nextAfterAfter;

    @BeforeAll
    static void catchACommit() throws Exception {
        caught = CaughtCommit.of(work, FIRST, SECOND);
        nextAfterBefore = reference("ref-before", FIRST, NEXT);
        nextAfterAfter = reference("ref-after", FIRST, SECOND, NEXT);
    }

    @SafeVarargs
    static Set<String> reference(String name, List<GraphContent>... batches) {
        try (TdbStore store = TdbStore.open(work.resolve(name))) {
            for (List<GraphContent> b : batches) store.replaceGraphs(b);
            return quads(store);
        }
    }

    /**
     * Offsets where a kill stops a write, in the first two entries, a middle one, the last data entry and the COMMIT
     * record: at the entry's start, inside its header, after its header, inside its data. (Every byte of the journal
     * is cut in the test of the cut alone; a store is opened for each kind of cut.)
     */
    static List<Integer> killOffsets() {
        List<Integer> starts = caught.entryStarts();
        int n = starts.size() - 1, h = CaughtCommit.HEADER;
        Set<Integer> at = new TreeSet<>();
        for (int i : new int[] {0, 1, n / 2, n - 2, n - 1}) {
            int s = starts.get(i), e = starts.get(i + 1);
            for (int d : new int[] {0, 1, h - 1, h, h + 1}) if (s + d < e) at.add(s + d);
            at.add(e - 1);
        }
        at.add(caught.journal().length);
        return new ArrayList<>(at);
    }

    /** Every entry Jena's recovery reads from a journal file (throws where recovery would). */
    static List<JournalEntryType> readByRecovery(Path file) {
        Journal journal = Journal.create(BufferChannelFile.createUnmanaged(file.toString(), "rw"));
        try {
            List<JournalEntryType> types = new ArrayList<>();
            for (Iterator<JournalEntry> it = journal.entries(); it.hasNext();) types.add(it.next().getType());
            return types;
        } finally {
            journal.close();
        }
    }

    @Test
    void theCaughtJournalIsARealCommitOfSeveralEntries() {
        assertTrue(caught.entryStarts().size() > 4, "entries: " + caught.entryStarts());
        assertEquals(16, CaughtCommit.HEADER, "Jena 5.6.0's entry header: length, checksum, type, component id");
        List<JournalEntryType> read = readByRecovery(write("whole", caught.journal()));
        assertEquals(JournalEntryType.COMMIT, read.get(read.size() - 1));
        assertFalse(caught.before().equals(caught.after()));
    }

    @Test
    void aJournalCutAtAnyByteIsLeftReadableByRecoveryAndKeepsItsCommitOnlyWhenWhole() throws Exception {
        byte[] whole = caught.journal();
        for (int cut = 0; cut <= whole.length; cut++) {
            Path file = write("cut", Arrays.copyOf(whole, cut));
            long dropped = JournalTail.cutTornTail(file);
            byte[] left = Files.readAllBytes(file);
            assertArrayEquals(Arrays.copyOf(whole, left.length), left, "cut at " + cut + ": what is left is the journal's start");
            List<JournalEntryType> read = readByRecovery(file);
            if (cut == whole.length) {
                assertEquals(0, dropped, "a whole commit is never cut");
                assertEquals(JournalEntryType.COMMIT, read.get(read.size() - 1));
            } else {
                assertFalse(read.contains(JournalEntryType.COMMIT), "cut at " + cut);
            }
        }
    }

    @Test
    void aStoreKilledAnywhereInACommitOpensWithTheLastCommittedStateAndTakesTheNextIngest() {
        byte[] whole = caught.journal();
        for (int cut : killOffsets()) {
            Path db = caught.storeWith("killed-" + cut, Arrays.copyOf(whole, cut));
            boolean committed = cut == whole.length;
            try (TdbStore store = TdbStore.open(db)) {
                assertEquals(committed ? caught.after() : caught.before(), quads(store), "journal cut at " + cut + " of " + whole.length);
                store.replaceGraphs(NEXT);
            }
            try (TdbStore store = TdbStore.open(db)) {
                assertEquals(committed ? nextAfterAfter : nextAfterBefore, quads(store), "the next ingest after a cut at " + cut);
            }
            Dirs.deleteTree(db);
        }
    }

    @Test
    void aCommitKilledWhileItWroteItsStateFilesIsReplayedWhole() throws Exception {
        List<String> stateFiles = caught.filesTheCommitWrote();
        assertFalse(stateFiles.isEmpty(), "the commit writes state files after its journal");
        for (int k = 0; k <= stateFiles.size(); k++) {
            Path db = caught.storeWith("applying-" + k, caught.journal(), stateFiles.subList(0, k));
            try (TdbStore store = TdbStore.open(db)) {
                assertEquals(caught.after(), quads(store), k + " of " + stateFiles.size() + " state files written: " + stateFiles.subList(0, k));
            }
        }
    }

    @Test
    void zerosAfterAWholeCommitAreCutAndTheCommitIsReplayed() {
        byte[] journal = Arrays.copyOf(caught.journal(), caught.journal().length + 4096);
        try (TdbStore store = TdbStore.open(caught.storeWith("zeros-after-commit", journal))) {
            assertEquals(caught.after(), quads(store));
        }
    }

    @Test
    void zerosInPlaceOfUncommittedEntriesAreCut() {
        byte[] journal = caught.journal().clone();
        int commitAt = journal.length - CaughtCommit.commitRecord().length;
        Arrays.fill(journal, caught.entryStarts().get(1), commitAt, (byte) 0);
        byte[] uncommitted = Arrays.copyOf(journal, commitAt);
        try (TdbStore store = TdbStore.open(caught.storeWith("zeros-uncommitted", uncommitted))) {
            assertEquals(caught.before(), quads(store));
        }
    }

    @Test
    void aDamagedEntryOfACommittedTransactionIsLeftForRecoveryToReport() throws Exception {
        byte[] journal = caught.journal().clone();
        journal[CaughtCommit.HEADER + 2] ^= 1; // in the first entry's data: its checksum fails
        assertCommittedJournalLeftAlone("damaged-checksum", journal, "Checksum");
    }

    @Test
    void aCommittedEntryWhoseLengthPointsPastTheEndIsLeftForRecoveryToReport() throws Exception {
        byte[] journal = caught.journal().clone();
        ByteBuffer.wrap(journal).putInt(0, journal.length);
        assertCommittedJournalLeftAlone("damaged-length", journal, "journal");
    }

    private static void assertCommittedJournalLeftAlone(String name, byte[] journal, String message) throws Exception {
        Path db = caught.storeWith(name, journal);
        StoreError e = assertThrows(StoreError.class, () -> TdbStore.open(db).close());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertArrayEquals(journal, Files.readAllBytes(db.resolve("Data-0001").resolve("journal.jrnl")), "the journal is as it was");
    }

    private static Path write(String name, byte[] bytes) {
        try {
            Path file = work.resolve(name + ".jrnl");
            Files.write(file, bytes);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
