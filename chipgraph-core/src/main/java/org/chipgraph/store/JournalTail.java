package org.chipgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.file.BufferChannelFile;
import org.apache.jena.dboe.base.file.BufferChannelMem;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;

/**
 * Cuts what a killed process left of an uncommitted transaction at the end of a TDB2 store's journal, so that
 * Jena 5.6.0's recovery, which stops at the first entry it cannot read, opens the store.
 *
 * <p>Why: TDB2 writes a transaction's journal entries (a 16-byte header, then the data, two writes each) and its
 * COMMIT record last, then syncs; after applying the transaction it truncates the journal to nothing. The journal
 * so holds at most one transaction, and its COMMIT is its last record. A process killed before the COMMIT leaves
 * entries that recovery would discard anyway, but a torn one among them (a part of a header, a header without
 * its data, data cut short; or, after a power loss, bytes that fail their checksum) makes recovery throw
 * ("Failed to read the journal entry data: wanted 16 bytes, got -1", "Partial read of journal file", "Checksum
 * error"). Every entry is read with Jena's own reader; from the first one it cannot read, the journal is cut back
 * to the end of the last COMMIT before it. A committed transaction is never cut: when a COMMIT record follows the
 * unreadable entry, the damage is inside a committed transaction and is left for recovery to report.
 */
final class JournalTail {
    /** A COMMIT record as Jena writes it: always the same bytes (no data, the system component). */
    private static final byte[] COMMIT_RECORD = commitRecord();
    /**
     * An entry's header: data length, Adler-32, type, component id, 4 bytes each in Jena 5.6.0 (the comment in
     * Jena's Journal says the component id takes 16; {@code ComponentId.SIZE} is 4). A COMMIT record is a header
     * alone, so its length is taken from the record Jena writes rather than assumed.
     */
    private static final int HEADER = COMMIT_RECORD.length;

    private JournalTail() {}

    /**
     * Cuts a torn uncommitted tail from the journal of the store in {@code dir}, holding the store's lock; does
     * nothing when another process or this one has the store open, or when recovery can read the whole journal.
     *
     * @return the bytes cut (0 when none)
     */
    static long repair(Path dir) {
        Optional<Path> journal = journalOf(dir);
        if (journal.isEmpty()) return 0;
        ProcessFileLock lock = ProcessFileLock.create(dir.resolve("tdb.lock").toString());
        if (lock.isLockedHere() || !lock.tryLock()) return 0;
        try {
            return cutTornTail(journal.get());
        } catch (IOException e) {
            return 0; // opening the store reports what is wrong with the journal
        } finally {
            lock.unlock();
            ProcessFileLock.release(lock);
        }
    }

    /** The journal of the newest generation ({@code Data-NNNN/journal.jrnl}), when it has any entry. */
    private static Optional<Path> journalOf(Path dir) {
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("Data-\\d+")).max(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> p.resolve("journal.jrnl")).filter(j -> sizeOf(j) > 0);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Reads the journal's entries from the start as recovery does; at the first one that cannot be read, cuts
     * the file after the last COMMIT before it, unless a COMMIT record follows.
     *
     * @return the bytes cut (0 when none)
     */
    static long cutTornTail(Path file) throws IOException {
        // Unmanaged: Jena's channel manager would hand TDB2 this channel, closed, when it opens the store.
        BufferChannel channel = BufferChannelFile.createUnmanaged(file.toString(), "rw");
        Journal journal = Journal.create(channel);
        try {
            long size = channel.size(), pos = 0, afterCommit = 0;
            while (pos < size) {
                Optional<JournalEntry> entry = readable(journal, channel, pos, size);
                if (entry.isEmpty()) break;
                pos = channel.position(); // the reader leaves it after the entry when it starts there
                if (entry.get().getType() == JournalEntryType.COMMIT) afterCommit = pos;
            }
            if (pos >= size || commitFollows(channel, pos, size)) return 0;
            journal.truncate(afterCommit);
            journal.sync();
            return size - afterCommit;
        } catch (RuntimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        } finally {
            journal.close();
        }
    }

    /** The entry at {@code pos} when Jena's reader reads it whole and its checksum holds. */
    private static Optional<JournalEntry> readable(Journal journal, BufferChannel channel, long pos, long size) {
        if (size - pos < HEADER) return Optional.empty();
        ByteBuffer length = ByteBuffer.allocate(4);
        channel.read(length, pos);
        // A length past the end is a torn entry; checked here because Jena would first allocate that much.
        if (length.getInt(0) > size - pos - HEADER) return Optional.empty();
        try {
            channel.position(pos);
            return Optional.of(journal.readJournal(pos));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether Jena's COMMIT record occurs anywhere from {@code from} to the end of the file. */
    private static boolean commitFollows(BufferChannel channel, long from, long size) {
        if (size - from > Integer.MAX_VALUE) return true; // not a torn tail: leave it to recovery
        ByteBuffer tail = ByteBuffer.allocate((int) (size - from));
        channel.read(tail, from);
        byte[] b = tail.array();
        for (int i = 0; i + COMMIT_RECORD.length <= b.length; i++) {
            if (java.util.Arrays.equals(b, i, i + COMMIT_RECORD.length, COMMIT_RECORD, 0, COMMIT_RECORD.length)) return true;
        }
        return false;
    }

    /** Has Jena write a COMMIT record into memory and returns its bytes. */
    private static byte[] commitRecord() {
        BufferChannel mem = BufferChannelMem.create("commit-record");
        // write(), not writeJournal(JournalEntry.COMMIT), which would set the position of Jena's shared COMMIT entry
        Journal.create(mem).write(JournalEntryType.COMMIT, JournalEntry.COMMIT.getComponentId(), null);
        ByteBuffer bytes = ByteBuffer.allocate((int) mem.size());
        mem.read(bytes, 0);
        return bytes.array();
    }
}
