package org.chipgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's statistics file ({@code stats.opt} in the store's {@code Data-NNNN} folder, what {@code tdb2.tdbstats}
 * writes): counts per predicate over every named graph, so the optimizer orders a query's patterns by how many
 * matches each has instead of by its fixed rules. chipgraph keeps everything in named graphs, so the counts are
 * taken over the quads, not the (empty) default graph. TDB2 reads the file when it opens the store; it is written
 * after a bulk load (into the new generation before it is switched in) and after compaction.
 */
public final class StatisticsFile {
    public static final String NAME = "stats.opt";

    private StatisticsFile() {}

    /** Counts the quads of {@code dsg} and writes the file into {@code dataFolder} (written aside, then renamed). */
    public static void write(DatasetGraph dsg, Path dataFolder) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        Path file = dataFolder.resolve(NAME);
        Path part = dataFolder.resolve(NAME + ".part");
        Txn.executeRead(tdb, () -> {
            NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
            StatsCollectorNodeId stats = new StatsCollectorNodeId(quads.getNodeTable());
            for (Iterator<Tuple<NodeId>> it = quads.findAll(); it.hasNext();) {
                Tuple<NodeId> t = it.next();
                stats.record(t.get(0), t.get(1), t.get(2), t.get(3));
            }
            try (OutputStream out = Files.newOutputStream(part)) {
                Stats.write(out, stats.results());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
