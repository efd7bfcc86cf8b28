package org.chipgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.chipgraph.error.InputError;

/**
 * An Apache Jena TDB2 store on disk. Each source document is one named graph; a batch of documents
 * is written in one write transaction, each replacing its graph whole, so a document is all or nothing.
 * Queries see the union of the named graphs as the default graph.
 */
public final class TdbStore implements AutoCloseable {

    private static final Pattern LOCKED_BY = Pattern.compile("process (\\d+)|pid[ =:]*(\\d+)", Pattern.CASE_INSENSITIVE);

    private final Path dir;
    private final DatasetGraph dsg;
    /** A copy made to read a store the process may not write (deleted on close), or null. */
    private Path readCopy;

    private TdbStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens an existing store for reading only (query, facts, stats, export, validate, serve). TDB2 must
     * write its lock and journal even to read, so a store this process cannot write (a read-only mount,
     * someone else's folder) is copied to a temporary folder and the copy is read, with a warning on
     * stderr; the copy is deleted on close.
     */
    public static TdbStore openReadOnly(Path dir) {
        checkLocation(dir);
        if (!Files.isDirectory(dir) || isEmptyDir(dir)) return openExisting(dir);
        if (writable(dir)) return openExisting(dir);
        Path copy;
        try {
            copy = Files.createTempDirectory("chipgraph-readonly-");
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) if (!p.getFileName().toString().equals("tdb.lock")) Dirs.copySparse(p, copy.resolve(p.getFileName().toString()));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new org.chipgraph.error.StoreError(dir + ": the store is read-only and cannot be copied to read it (" + e.getMessage() + ")");
        }
        System.err.printf("chipgraph: warning: %s is read-only (TDB2 writes even to read): reading a copy in %s (%.1f MB)%n", dir, copy, Dirs.diskUsage(copy) / 1e6);
        TdbStore store = open(copy);
        store.readCopy = copy;
        return store;
    }

    /** Whether TDB2 could take its lock here: the folder and its lock file writable. */
    private static boolean writable(Path dir) {
        Path lock = dir.resolve("tdb.lock");
        if (!Files.isWritable(dir)) return false;
        return !Files.exists(lock) || Files.isWritable(lock);
    }

    /** Opens the store in {@code dir}, creating it when the folder is absent or empty. */
    public static TdbStore open(Path dir) {
        checkLocation(dir);
        try {
            createAtomically(dir);
            long cut = JournalTail.repair(dir);
            if (cut > 0) System.err.printf("chipgraph: %s: dropped %d bytes of a transaction that never committed (a process was stopped while writing)%n", dir, cut);
            TdbStore store = new TdbStore(dir, DatabaseMgr.connectDatasetGraph(Location.create(dir.toString())));
            store.ensureSummary();
            return store;
        } catch (RuntimeException e) {
            throw translate(dir, e);
        }
    }

    /**
     * Creates a new store's first generation in {@code Data-0001-tmp} and renames it into place, so a
     * process killed while TDB2 makes its files leaves no half-made {@code Data-0001} (which TDB2
     * cannot open); TDB2 deletes {@code -tmp} folders when it opens a store. Does nothing for an
     * existing store.
     */
    static void createAtomically(Path dir) {
        if (Files.isDirectory(dir) && isTdb2(dir)) return;
        try {
            Files.createDirectories(dir);
            if (!Files.exists(dir.resolve("tdb.lock"))) Files.createFile(dir.resolve("tdb.lock"));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another process made it first: the lock below settles who creates the store
        } catch (IOException e) {
            throw new org.chipgraph.error.StoreError(dir + ": cannot create store folder (" + FileErrors.plain(e) + ")");
        }
        ProcessFileLock lock = ProcessFileLock.create(dir.resolve("tdb.lock").toString());
        lock.lockEx();
        try {
            if (isTdb2(dir)) return;
            Path tmp = dir.resolve("Data-0001-tmp");
            Dirs.deleteTree(tmp);
            Location loc = Location.create(tmp.toString());
            StoreConnection.connectCreate(loc);
            StoreConnection.release(loc);
            Files.move(tmp, dir.resolve("Data-0001"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new org.chipgraph.error.StoreError(dir + ": cannot create store (" + FileErrors.plain(e) + ")");
        } finally {
            lock.unlock();
            ProcessFileLock.release(lock);
        }
    }

    /** Opens an existing store; a missing or empty folder is an error (for read-only commands). */
    public static TdbStore openExisting(Path dir) {
        checkLocation(dir);
        if (!Files.isDirectory(dir) || isEmptyDir(dir)) {
            throw new InputError(dir + ": no chipgraph store here, expected a TDB2 store folder (run 'chipgraph ingest --db " + dir + " ...' first)");
        }
        return open(dir);
    }

    static void checkLocation(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputError(dir + ": is a file, expected a TDB2 store folder (or a path where one can be created)");
        }
        if (Files.isDirectory(dir) && !isEmptyDir(dir) && !isTdb2(dir) && !isUnfinishedStore(dir)) {
            throw new InputError(dir + ": folder is not a TDB2 store (no Data-NNNN inside), expected a chipgraph store or an empty folder");
        }
    }

    static boolean isTdb2(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d{4}"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Only what a store left when killed while it was being made: TDB2's lock file, Data-NNNN-tmp folders. */
    static boolean isUnfinishedStore(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.allMatch(p -> p.getFileName().toString().equals("tdb.lock")
                    || (Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d{4}-tmp")));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmptyDir(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static RuntimeException translate(Path dir, RuntimeException e) {
        if (e instanceof org.chipgraph.error.ChipgraphException ce) return ce;
        String msg = String.valueOf(e.getMessage());
        // TDB2's ProcessFileLock: "Failed to get a lock: file='...': held by process N" (or "Lock already held",
        // when this process has it). Other messages mention "block" managers: they are not about the lock.
        if (msg.contains("Failed to get a lock") || msg.contains("Lock already held")) {
            Matcher m = LOCKED_BY.matcher(msg);
            String pid = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "?";
            // the cause given to the constructor: StoreError's one-argument form fixes the cause as none
            return new StoreInUseException(dir + ": the store is in use by process " + pid
                    + " (TDB2 allows one process); stop it, or send updates through its endpoint", e);
        }
        if (Files.isDirectory(dir) && !writable(dir)) {
            return new org.chipgraph.error.StoreError(dir + ": the store is read-only (no permission to write its lock file tdb.lock);"
                    + " reading commands work on a copy, but this one writes: it needs write permission on the folder", e);
        }
        return new org.chipgraph.error.StoreError(dir + ": cannot open TDB2 store (" + msg.split("\\R")[0] + ")", e);
    }

    public Path dir() { return dir; }

    /** The underlying dataset, for Fuseki and ARQ; callers handle transactions. */
    public DatasetGraph datasetGraph() { return dsg; }

    public Dataset dataset() { return DatasetFactory.wrap(dsg); }

    /**
     * Replaces each given graph with its new quads, all in one write transaction: either every
     * graph of the batch is replaced or, on any failure, the store is left as it was.
     */
    public void replaceGraphs(Collection<GraphContent> batch) {
        write(() -> {
            WrittenGraphs written = new WrittenGraphs();
            if (distinctGraphs(batch)) {
                // every graph emptied first, then all new quads added index by index: the same store as graph by graph
                List<Quad> all = new java.util.ArrayList<>();
                java.util.Map<Node, Collection<Quad>> graphs = new java.util.LinkedHashMap<>();
                for (GraphContent gc : batch) {
                    Node g = NodeFactory.createURI(gc.graphIri());
                    written.removing(dsg, g);
                    // removeGraph, not deleteAny: TDB2 removes a graph's rows by their stored ids, while deleteAny
                    // deletes by term and misses a decimal stored in another lexical form (apache/jena#3404)
                    dsg.removeGraph(g);
                    for (Quad q : gc.quads()) all.add(CanonicalDecimals.of(q.getGraph().equals(g) ? q : new Quad(g, q.asTriple())));
                    graphs.put(g, gc.quads());
                }
                written.wroteAll(dsg, graphs, IndexOrderInsert.add(dsg, all));
            } else {
                for (GraphContent gc : batch) {
                    Node g = NodeFactory.createURI(gc.graphIri());
                    written.removing(dsg, g);
                    dsg.removeGraph(g);
                    for (Quad q : gc.quads()) dsg.add(CanonicalDecimals.of(q.getGraph().equals(g) ? q : new Quad(g, q.asTriple())));
                    written.wrote(dsg, g, gc.quads());
                }
            }
            SummaryGraph.refresh(dsg, written);
        });
    }

    /** True when no graph comes twice in {@code batch} (a later content of a graph replaces the earlier one in order). */
    private static boolean distinctGraphs(Collection<GraphContent> batch) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (GraphContent gc : batch) if (!seen.add(gc.graphIri())) return false;
        return true;
    }

    /** One write transaction; a full disk becomes a one-line {@link DiskFull.StoreFullException} (the transaction is aborted). */
    private void write(Runnable action) {
        try {
            Txn.executeWrite(dsg, action);
        } catch (RuntimeException | InternalError e) {
            try {
                AbortedWriteRecovery.afterAbort(dsg);
            } catch (RuntimeException reopen) {
                e.addSuppressed(reopen);
            }
            if (DiskFull.isDiskFull(e, dir)) throw DiskFull.describe(dir, e);
            throw e;
        }
    }

    /**
     * Replaces one named graph with quads streamed by {@code producer}, in one write transaction:
     * memory does not grow with the graph, and on any exception the store is left as it was.
     * Quads are written into {@code graphIri} whatever graph they name.
     * <p>The producer runs on its own thread and hands quads over in chunks through a small bounded queue, so
     * producing (reading and mapping a CSV) overlaps with TDB2's index inserts, which are bound to the
     * transaction's thread. An exception on either side aborts the transaction and is rethrown here.
     */
    public void replaceGraph(String graphIri, java.util.function.Consumer<java.util.function.Consumer<Quad>> producer) {
        Node g = NodeFactory.createURI(graphIri);
        QuadPipe pipe = new QuadPipe();
        Thread worker = new Thread(() -> pipe.produce(producer), "chipgraph-producer");
        worker.setDaemon(true);
        try {
            write(() -> {
                worker.start();
                java.util.Set<org.apache.jena.graph.Triple> touched = SummaryGraph.touchedIn(dsg, g);
                dsg.removeGraph(g);
                pipe.drain(q -> {
                    dsg.add(g, q.getSubject(), q.getPredicate(), CanonicalDecimals.canonical(q.getObject()));
                    if (SummaryGraph.touches(q.getPredicate(), q.getObject())) touched.add(q.asTriple());
                });
                SummaryGraph.refresh(dsg, touched);
            });
        } finally {
            pipe.cancel();
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Removes the given named graphs in one transaction. */
    public void removeGraphs(Collection<String> graphIris) {
        write(() -> {
            WrittenGraphs written = new WrittenGraphs();
            for (String iri : graphIris) {
                Node g = NodeFactory.createURI(iri);
                if (SummaryGraph.isSummary(g)) continue;
                written.removing(dsg, g);
                dsg.removeGraph(g);
            }
            SummaryGraph.refresh(dsg, written);
        });
    }

    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(dsg));
    }

    /**
     * The quads of the store, less the derived summary graph: counted in the indexes as node ids ({@link IndexCount}),
     * where decoding every quad took 8-15 min at 10 M quads on a loaded machine before a benchmark's first request.
     */
    public long quadCount() {
        return read(d -> IndexCount.of(d).allBut(SummaryGraph.NODE));
    }

    /** The quads of the derived summary graph. */
    public long summaryQuadCount() { return quadCount(SummaryGraph.IRI); }

    public long quadCount(String graphIri) {
        return read(d -> {
            long n = 0;
            for (Iterator<Quad> it = d.find(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    public List<String> graphNames() {
        return read(d -> {
            List<String> names = new java.util.ArrayList<>();
            d.listGraphNodes().forEachRemaining(n -> { if (!SummaryGraph.isSummary(n)) names.add(n.getURI()); });
            java.util.Collections.sort(names);
            return names;
        });
    }

    /** Compacts the store (TDB2 never overwrites in place, so deletes and re-ingests grow it until compacted). */
    public void compact() {
        // The summary graph is kept in step by every write and copied as it is.
        DatabaseMgr.compact(dsg, true);
        writeStatistics();
    }

    /** A store written before the summary graph existed gets it once, when first opened (one write transaction). */
    private void ensureSummary() {
        if (read(SummaryGraph::missing)) {
            System.err.println("chipgraph: building the summary graph of " + dir + " (once, for a store written by an older chipgraph)");
            rebuildSummary();
        } else if (read(SummaryGraph::sourceRowsMissing)) {
            System.err.println("chipgraph: adding the entity-sources rows to the summary graph of " + dir + " (once, for a store written by an older chipgraph)");
            write(() -> SummaryGraph.rebuildSourceRows(dsg));
        }
        if (read(SummaryGraph::endRowsStale)) {
            System.err.println("chipgraph: writing the facts' rows on their entities in the summary graph of " + dir + " (once, for a store written by an older chipgraph)");
            write(() -> SummaryGraph.rebuildEndRows(dsg));
        }
    }

    /** Rebuilds the summary graph from the other graphs in one write transaction (a store written before it existed). */
    public long rebuildSummary() {
        long[] n = new long[1];
        write(() -> n[0] = SummaryGraph.rebuild(dsg));
        return n[0];
    }

    /** Writes TDB2's statistics file into the current generation; TDB2 reads it the next time the store is opened. */
    public void writeStatistics() {
        if (readCopy != null) return;
        StatisticsFile.write(dsg, org.apache.jena.tdb2.sys.DatabaseOps.findStorageLocation(dir));
    }

    public boolean inTransaction() { return dsg.isInTransaction(); }

    public TxnType txnType() { return dsg.transactionType(); }

    private boolean closed;

    /** Releases the store; closing twice is harmless (BulkLoad closes early to switch generations). */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        TDBInternal.expel(dsg);
        if (readCopy != null) Dirs.deleteTree(readCopy);
    }
}
