package org.chipgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.chipgraph.error.InputError;

/**
 * Loads N-Quads files with TDB2's parallel bulk loader, without ever exposing a half-loaded store.
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

    /**
     * Loads {@code files}, all or nothing, after {@link LoadCheck}: each file matches its manifest, and a
     * file without one neither replaces a reference graph nor (unless {@code force}) shrinks a graph.
     */
    public static Result load(Path storeDir, java.util.List<Path> files, boolean force) {
        for (Path f : files) {
            if (Files.isDirectory(f)) throw new InputError(f + ": is a folder, expected an N-Quads file");
            if (!Files.isRegularFile(f)) throw new InputError(f + ": no such file, expected an N-Quads file");
        }
        java.util.List<LoadCheck.Scan> scans = LoadCheck.scan(files);
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
            DatasetGraphTDB fresh = StoreConnection.connectCreate(Location.create(tmp.toString())).getDatasetGraphTDB();
            try {
                DataLoader loader = LoaderFactory.parallelLoader(fresh, (fmt, args) -> { });
                loader.startBulk();
                try {
                    StreamRDF sink = loader.stream();
                    DatasetGraph old = current.datasetGraph();
                    Txn.executeRead(old, () -> old.find().forEachRemaining(q -> {
                        if (!replaced.contains(q.getGraph()) && !SummaryGraph.isSummary(q.getGraph())) sink.quad(q);
                    }));
                    long before = loader.countQuads();
                    for (Path f : files) {
                        try (InputStream in = Files.newInputStream(f)) {
                            RDFParser.source(in).lang(Lang.NQUADS).base(f.toUri().toString()).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(sink);
                        }
                    }
                    loaded = loader.countQuads() - before;
                    loader.finishBulk();
                } catch (RuntimeException | IOException e) {
                    loader.finishException(e);
                    throw e;
                }
                // The summary of the new generation, and the optimizer's statistics, before it is switched in.
                Txn.executeWrite(fresh, () -> SummaryGraph.rebuild(fresh));
                total = Txn.calculateRead(fresh, () -> countAll(fresh));
                StatisticsFile.write(fresh, tmp);
            } catch (IOException e) {
                throw new InputError(storeDir + ": cannot load the N-Quads (" + FileErrors.plain(e) + "); the store is unchanged");
            } finally {
                TDBInternal.expel(fresh);
                StoreConnection.release(Location.create(tmp.toString()));
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

    /** The quads of the store, less the derived summary graph. */
    private static long countAll(DatasetGraph dsg) {
        long n = 0;
        for (var it = dsg.find(); it.hasNext();) {
            if (!SummaryGraph.isSummary(it.next().getGraph())) n++;
        }
        return n;
    }
}
