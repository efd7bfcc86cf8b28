package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Adler32;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while it wrote a journal entry leaves the entry's header without its data; the store opens
 * again with every committed write, and only that tail is cut. Entries are written here in TDB2's journal layout
 * (length, Adler-32, type, component id, data).
 */
class JournalTailTest {
    private static final int REDO = 1, COMMIT = 3;

    private static byte[] entry(int type, byte[] data) {
        ByteBuffer h = ByteBuffer.allocate(28);
        h.putInt(data == null ? -1 : data.length).putInt(0).putInt(type).put(new byte[16]);
        Adler32 adler = new Adler32();
        adler.update(h.array());
        if (data != null) adler.update(data);
        h.putInt(4, (int) adler.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.array());
        if (data != null) out.writeBytes(data);
        return out.toByteArray();
    }

    /** A header that says 24 bytes of data follow, and none do: where the kill stopped the write. */
    private static byte[] tornEntry() {
        byte[] whole = entry(REDO, new byte[24]);
        return java.util.Arrays.copyOf(whole, 28);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void aStoreWhoseJournalEndsInAHalfWrittenEntryOpensWithItsCommittedData(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Quad q = Quad.create(NodeFactory.createURI("https://w3id.org/chipgraph/id/doc/j"), NodeFactory.createURI("https://w3id.org/chipgraph/id/company/a"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString("A"));
        try (TdbStore store = TdbStore.open(db)) {
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(q));
        }
        Path journal = db.resolve("Data-0001").resolve("journal.jrnl");
        Files.write(journal, tornEntry(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        try (TdbStore store = TdbStore.open(db)) {
            assertTrue(Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().contains(q)));
        }
        assertEquals(0, Files.size(journal));
    }

    @Test
    void theCutKeepsEveryEntryUpToTheLastCommit(@TempDir Path tmp) throws Exception {
        byte[] committed = concat(entry(REDO, new byte[40]), entry(COMMIT, null));
        Path journal = tmp.resolve("journal.jrnl");
        Files.write(journal, concat(committed, entry(REDO, new byte[16]), tornEntry()));
        JournalTail.cutTornTail(journal);
        assertEquals(committed.length, Files.size(journal));
    }

    @Test
    void aJournalThatEndsCleanlyIsLeftAsItIs(@TempDir Path tmp) throws Exception {
        byte[] bytes = concat(entry(REDO, new byte[40]), entry(COMMIT, null));
        Path journal = tmp.resolve("journal.jrnl");
        Files.write(journal, bytes);
        assertEquals(0, JournalTail.cutTornTail(journal));
        assertEquals(bytes.length, Files.size(journal));
    }

    @Test
    void aWholeEntryWithAWrongChecksumIsLeftForRecoveryToReport(@TempDir Path tmp) throws Exception {
        byte[] bad = entry(REDO, new byte[40]);
        bad[40] = 7; // data changed after the checksum: damage, not a torn write
        byte[] bytes = concat(bad, entry(COMMIT, null), tornEntry());
        Path journal = tmp.resolve("journal.jrnl");
        Files.write(journal, bytes);
        assertEquals(0, JournalTail.cutTornTail(journal));
        assertEquals(bytes.length, Files.size(journal));
    }
}
