package org.chipgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import org.apache.jena.dboe.base.file.ProcessFileLock;

/**
 * Drops a journal entry that a killed process left half-written at the end of a TDB2 store's journal.
 *
 * <p>Why: TDB2 writes a transaction's journal entries (a 28-byte header, then the data) and syncs only after its
 * COMMIT entry. A process killed between the two writes of an entry leaves a header whose data is missing, and
 * Jena 5.6.0's recovery then refuses to open the store ("Failed to read the journal entry data"). Everything after
 * the last complete COMMIT belongs to a transaction that never committed, which recovery would discard anyway, so
 * the journal is cut there. Only a short tail at the end of the file is cut: an entry that is whole but fails its
 * checksum is damage of another kind and is left for recovery to report.
 */
final class JournalTail {
    /** Entry header: data length, Adler-32 of the entry, entry type, component id (Jena's journal layout). */
    private static final int HEADER = 4 + 4 + 4 + 16;
    private static final int COMMIT = 3;

    private JournalTail() {}

    /**
     * Cuts a torn last entry from the journal of the store in {@code dir}, holding the store's lock; does nothing
     * when another process or this one has the store open, or when the journal ends cleanly.
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

    /** Reads entries from the start; a short read at the end cuts the file after the last COMMIT. */
    static long cutTornTail(Path journal) throws IOException {
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size(), pos = 0, afterCommit = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (pos < size) {
                if (size - pos < HEADER) return cut(ch, size, afterCommit);
                header.clear();
                ch.read(header, pos);
                int len = header.getInt(0), type = header.getInt(8);
                if (len < 0) len = 0; // a control entry (COMMIT) carries no data: written as -1
                if (size - pos - HEADER < len) return cut(ch, size, afterCommit);
                ByteBuffer data = ByteBuffer.allocate(len);
                ch.read(data, pos + HEADER);
                if (!checksumHolds(header, data)) return 0;
                pos += HEADER + len;
                if (type == COMMIT) afterCommit = pos;
            }
            return 0;
        }
    }

    private static boolean checksumHolds(ByteBuffer header, ByteBuffer data) {
        int stored = header.getInt(4);
        byte[] h = header.array().clone();
        ByteBuffer.wrap(h).putInt(4, 0);
        Adler32 adler = new Adler32();
        adler.update(h);
        adler.update(data.array());
        return (int) adler.getValue() == stored;
    }

    private static long cut(FileChannel ch, long size, long at) throws IOException {
        ch.truncate(at);
        ch.force(true);
        return size - at;
    }
}
