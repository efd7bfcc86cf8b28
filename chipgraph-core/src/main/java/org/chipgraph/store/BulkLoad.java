package org.chipgraph.store;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.chipgraph.error.InputError;
import org.chipgraph.source.Sha256;

/**
 * Loads N-Quads files with one of TDB2's bulk loaders ({@link Loader}), without ever exposing a half-loaded store.
 *
 * <p>TDB2 keeps its data in generations ({@code Data-0001}, {@code Data-0002}, ...) and opens the
 * highest; on open it deletes {@code Data-NNNN-tmp} leftovers. So the new generation is built in
 * {@code Data-NNNN-tmp} from the current store (less the graphs the files replace) plus the files,
 * then renamed into place: a crash before the rename leaves the old store, after it the new one.
 */
public final class BulkLoad {
    private BulkLoad() {}

    public record Result(long quadsLoaded, long quadsTotal, int graphsReplaced) {}

    public static Result load(Path storeDir, java.util.List<Path> files) {
        return load(storeDir, files, false);
    }

    public static Result load(Path storeDir, java.util.List<Path> files, boolean force) {
        return load(storeDir, files, force, Loader.forThisJvm());
    }

    /**
     * Loads {@code files}, all or nothing, after {@link LoadCheck}: each file matches its manifest (checked while it
     * is loaded into the new generation, which is switched in only if every file matched), and a file without one
     * neither replaces a reference graph nor (unless {@code force}) shrinks a graph (found by reading it first).
     */
    public static Result load(Path storeDir, java.util.List<Path> files, boolean force, Loader kind) {
        for (Path f : files) {
            if (Files.isDirectory(f)) throw new InputError(f + ": is a folder, expected an N-Quads file");
            if (!Files.isRegularFile(f)) throw new InputError(f + ": no such file, expected an N-Quads file");
        }
        // a file with a manifest is parsed once, by the loader, which checks it against the manifest on the way
        return build(storeDir, files.stream().map(LoadCheck::forLoad).toList(), force, kind);
    }

    /**
     * Loads a file this process has just written with its manifest ({@link NQuadsFile}): what it holds is known,
     * so it is not parsed a second time to find out (a table's file is parsed once, by the loader).
     */
    public static Result loadWritten(Path storeDir, Path file, Manifest manifest, Loader kind) {
        Map<Node, Long> graphs = new LinkedHashMap<>();
        manifest.graphs().forEach((g, n) -> graphs.put(g.equals(Manifest.DEFAULT_GRAPH) ? Quad.defaultGraphIRI : NodeFactory.createURI(g), n));
        return build(storeDir, java.util.List.of(new LoadCheck.Scan(file, graphs, manifest.sha256(), manifest)), false, kind);
    }

    private static Result build(Path storeDir, java.util.List<LoadCheck.Scan> scans, boolean force, Loader kind) {
        Set<Node> replaced = new HashSet<>();
        scans.forEach(s -> s.graphs().keySet().stream().filter(g -> !g.equals(Quad.defaultGraphIRI)).forEach(replaced::add));
        TdbStore.checkLocation(storeDir);
        try {
            Files.createDirectories(storeDir);
        } catch (IOException e) {
            throw new InputError(storeDir + ": cannot create store folder (" + FileErrors.plain(e) + ")");
        }
        // Open once so that TDB2 takes its process lock, cleans leftovers and names the current generation.
        TdbStore current = TdbStore.open(storeDir);
        try {
            current.read(dsg -> {
                LoadCheck.unverified(scans, dsg, force);
                return null;
            });
            Path live = DatabaseOps.findStorageLocation(storeDir);
            int gen = live == null ? 1 : Integer.parseInt(live.getFileName().toString().substring(5));
            Path next = storeDir.resolve(String.format("Data-%04d", gen + 1));
            Path tmp = storeDir.resolve(next.getFileName() + "-tmp");
            Dirs.deleteTree(tmp);
            long loaded;
            long total;
            boolean built = false;
            DatasetGraphTDB fresh = StoreConnection.connectCreate(Location.create(tmp.toString())).getDatasetGraphTDB();
            try {
                DataLoader loader = kind.create(fresh);
                loader.startBulk();
                try {
                    StreamRDF sink = loader.stream();
                    DatasetGraph old = current.datasetGraph();
                    Txn.executeRead(old, () -> copyKept(old, replaced, sink));
                    long before = loader.countQuads();
                    for (LoadCheck.Scan scan : scans) loadFile(scan, sink);
                    loaded = loader.countQuads() - before;
                    loader.finishBulk();
                } catch (RuntimeException | IOException e) {
                    loader.finishException(e);
                    throw e;
                }
                // The summary of the new generation (spooled inside it, so a kill leaves nothing behind), and the
                // optimizer's statistics, before it is switched in.
                Txn.executeWrite(fresh, () -> SummaryGraph.rebuild(fresh, tmp));
                total = Txn.calculateRead(fresh, () -> IndexCount.of(fresh).allBut(SummaryGraph.NODE));
                StatisticsFile.write(fresh, tmp);
                built = true;
            } catch (IOException e) {
                throw new InputError(storeDir + ": cannot load the N-Quads (" + FileErrors.plain(e) + "); the store is unchanged");
            } finally {
                TDBInternal.expel(fresh);
                StoreConnection.release(Location.create(tmp.toString()));
                if (!built) Dirs.deleteTree(tmp); // TDB2 would remove it on the next open, with a log line
            }
            try {
                Files.move(tmp, next, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Dirs.deleteTree(tmp);
                throw new InputError(storeDir + ": cannot switch to the loaded store (" + FileErrors.plain(e) + "); the store is unchanged");
            }
            // The old generation is only deleted once no connection uses it.
            current.close();
            if (live != null) Dirs.deleteTree(live);
            return new Result(loaded, total, replaced.size());
        } finally {
            current.close();
        }
    }

    /**
     * Parses one file into the loader. A file with a manifest is checked against it again on the way (checksum and
     * quads per graph), before anything is switched in: for a file this process wrote, that is its only check.
     * The file is read and parsed on a thread of its own, handing quads over in chunks ({@link QuadPipe}), while
     * this thread feeds the loader: parsing is about a third of a load, and on two cores it now overlaps the indexing.
     */
    private static void loadFile(LoadCheck.Scan scan, StreamRDF sink) throws IOException {
        Path f = scan.file();
        MessageDigest sha = Sha256.digest();
        Map<Node, Long> graphs = new LinkedHashMap<>();
        QuadPipe pipe = new QuadPipe();
        Thread parser = new Thread(() -> pipe.produce(out -> parse(f, sha, graphs, out)), "chipgraph-load-parser");
        parser.setDaemon(true);
        parser.start();
        try {
            sink.start(); // as the parser called them on the loader's stream when it parsed on this thread
            pipe.drain(sink::quad);
            sink.finish();
        } catch (RiotException e) {
            throw new InputError(f + ": not valid N-Quads: " + e.getMessage() + "; the store is unchanged");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pipe.cancel();
            try {
                parser.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // the parser's thread has ended: its counts and digest are complete and visible here
        if (scan.manifest() != null) LoadCheck.verify(new LoadCheck.Scan(f, graphs, HexFormat.of().formatHex(sha.digest()), scan.manifest()));
    }

    /** Runs on the parser's thread: every quad of {@code f} to {@code out}, counted per graph, every byte through {@code sha}. */
    private static void parse(Path f, MessageDigest sha, Map<Node, Long> graphs, java.util.function.Consumer<Quad> out) {
        StreamRDF counting = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override public void quad(Quad q) {
                graphs.merge(q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph(), 1L, Long::sum);
                out.accept(CanonicalDecimals.of(q));
            }
        };
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16), sha)) {
            // the parser closes its stream; shielded, so the rest (if any) still passes through the digest
            InputStream shielded = new FilterInputStream(in) { @Override public void close() { } };
            RDFParser.source(shielded).lang(Lang.NQUADS).base(f.toUri().toString()).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(counting);
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored quads of the graphs the files do not replace; a replaced graph is not even read (it may be the large one). */
    private static void copyKept(DatasetGraph old, Set<Node> replaced, StreamRDF sink) {
        old.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink::quad);
        java.util.List<Node> kept = new java.util.ArrayList<>();
        old.listGraphNodes().forEachRemaining(g -> { if (!replaced.contains(g)) kept.add(g); });
        kept.removeIf(SummaryGraph::isSummary); // derived: the new generation rebuilds it
        for (Node g : kept) old.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink::quad);
    }

}
