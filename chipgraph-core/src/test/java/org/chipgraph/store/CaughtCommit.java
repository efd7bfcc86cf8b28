package org.chipgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.file.BufferChannelMem;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A real TDB2 store caught in the middle of a commit, as a kill would find it: its generation copied when TDB2 had
 * written the transaction's journal entries but not yet its COMMIT record ({@code prepared}), and again after the
 * commit was done ({@code applied}). The journal of the commit is the prepared journal plus Jena's COMMIT record.
 *
 * @param work     the folder everything is in
 * @param prepared the generation folder (Data-0001) as it was before the COMMIT record
 * @param applied  the generation folder after the commit (state files written, journal empty)
 * @param journal  the whole journal of the commit: its entries and the COMMIT record
 * @param before   every quad of the store before the transaction (N-Quads lines)
 * @param after    every quad after it
 */
record CaughtCommit(Path work, Path prepared, Path applied, byte[] journal, Set<String> before, Set<String> after) {
    /** An entry header's length: a COMMIT record is a header alone. */
    static final int HEADER = commitRecord().length;

    /** Writes {@code first}, then catches the commit of {@code second} (both whole batches, as ingest writes them). */
    static CaughtCommit of(Path work, List<GraphContent> first, List<GraphContent> second) throws IOException {
        Path db = work.resolve("db");
        Path prepared = work.resolve("prepared");
        Set<String> before, after;
        try (TdbStore store = TdbStore.open(db)) {
            store.replaceGraphs(first);
            before = quads(store);
            TransactionCoordinator coordinator = TDBInternal.getDatasetGraphTDB(store.datasetGraph()).getTxnSystem().getTxnMgr();
            TransactionListener copier = new TransactionListener() {
                @Override
                public void notifyPrepareFinish(Transaction txn) {
                    Dirs.copySparse(db.resolve("Data-0001"), prepared);
                }
            };
            coordinator.modifyConfig(() -> coordinator.addListener(copier));
            store.replaceGraphs(second);
            coordinator.modifyConfig(() -> coordinator.removeListener(copier));
            after = quads(store);
        }
        Path applied = work.resolve("applied");
        Dirs.copySparse(db.resolve("Data-0001"), applied);
        byte[] entries = Files.readAllBytes(prepared.resolve("journal.jrnl"));
        byte[] commit = commitRecord();
        byte[] journal = java.util.Arrays.copyOf(entries, entries.length + commit.length);
        System.arraycopy(commit, 0, journal, entries.length, commit.length);
        return new CaughtCommit(work, prepared, applied, journal, before, after);
    }

    /** The COMMIT record, written by Jena's journal into memory. */
    static byte[] commitRecord() {
        BufferChannel mem = BufferChannelMem.create("commit");
        Journal.create(mem).write(org.apache.jena.dboe.transaction.txn.journal.JournalEntryType.COMMIT, JournalEntry.COMMIT.getComponentId(), null);
        ByteBuffer b = ByteBuffer.allocate((int) mem.size());
        mem.read(b, 0);
        return b.array();
    }

    /** A store as the kill left it: the prepared generation with {@code journalBytes} as its journal. */
    Path storeWith(String name, byte[] journalBytes) {
        return storeWith(name, journalBytes, List.of());
    }

    /** As {@link #storeWith(String, byte[])}, with the named files of the generation already as the commit wrote them. */
    Path storeWith(String name, byte[] journalBytes, List<String> appliedFiles) {
        try {
            Path db = work.resolve(name);
            Files.createDirectories(db);
            Files.createFile(db.resolve("tdb.lock"));
            Path gen = db.resolve("Data-0001");
            Dirs.copySparse(prepared, gen);
            for (String f : appliedFiles) Files.copy(applied.resolve(f), gen.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.write(gen.resolve("journal.jrnl"), journalBytes);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of the generation that the commit changed after its journal was written (besides the journal). */
    List<String> filesTheCommitWrote() throws IOException {
        List<String> changed = new ArrayList<>();
        try (var s = Files.list(applied)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals("journal.jrnl") || name.equals("tdb.lock")) continue;
                if (Files.mismatch(f, prepared.resolve(name)) != -1) changed.add(name);
            }
        }
        return changed;
    }

    /** The offsets at which each journal entry starts, and the journal's length last. */
    List<Integer> entryStarts() {
        List<Integer> starts = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(journal);
        int pos = 0;
        while (pos < journal.length) {
            starts.add(pos);
            pos += HEADER + Math.max(0, b.getInt(pos));
        }
        starts.add(journal.length);
        return starts;
    }

    static Set<String> quads(TdbStore store) {
        return store.read(d -> {
            Set<String> lines = new TreeSet<>();
            d.find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
            return lines;
        });
    }

    /** A document graph of {@code n} quads with new IRIs and literals (new nodes touch every part of the store). */
    static GraphContent document(String name, int n) {
        String g = "https://w3id.org/chipgraph/id/doc/" + name;
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            quads.add(Quad.create(NodeFactory.createURI(g), NodeFactory.createURI("https://w3id.org/chipgraph/id/company/" + name + "-" + i),
                    NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString("Company " + i + " of " + name)));
        }
        return new GraphContent(g, quads);
    }
}
