package org.chipgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chipgraph.error.InputError;
import org.chipgraph.store.BulkLoad;
import org.chipgraph.store.FileErrors;
import org.chipgraph.store.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load N-Quads files (from 'chipgraph extract') with the TDB2 bulk loader, all or nothing.",
                "Graphs in the files replace the same graphs in the store. The new store is built beside",
                "the old one and switched in at the end: an interrupted load leaves the old store.",
                "A file with a manifest (FILE.nq.manifest, written by extract) must match it, or nothing is loaded.",
                "A file without one may not replace the reference graphs, nor shrink a graph unless --force.",
                "A folder is a set of shards: every *.nq in it, each with its manifest.",
                "",
                "Examples:",
                "  chipgraph load facts.nq",
                "  chipgraph load shards/"})
public final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin Debug debug;

    @Parameters(arity = "1..*", paramLabel = "FILE.nq|DIR", description = "N-Quads files, or folders of N-Quads shards with their manifests.")
    List<Path> inputs;

    @Option(names = "--force", description = "Let a file without a manifest replace a graph with fewer quads.")
    boolean force;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) files.addAll(shards(in));
            else files.add(in);
        }
        BulkLoad.Result r = BulkLoad.load(store.db, files, force);
        System.out.printf("loaded %d quads from %d file%s (%d graphs replaced); the store holds %d quads; %.1f s%n",
                r.quadsLoaded(), files.size(), files.size() == 1 ? "" : "s", r.graphsReplaced(), r.quadsTotal(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /** The shards of a folder: each .nq must have its manifest, and each manifest its .nq (a lost shard is an error). */
    static List<Path> shards(Path dir) {
        List<Path> nq = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".nq")) {
                    if (!Files.isRegularFile(Manifest.beside(p))) throw new InputError(p + ": shard without a manifest (" + Manifest.beside(p).getFileName() + "), expected one beside each shard of a folder");
                    nq.add(p);
                } else if (n.endsWith(".nq.manifest")) {
                    Path data = p.resolveSibling(n.substring(0, n.length() - ".manifest".length()));
                    if (!Files.isRegularFile(data)) throw new InputError(p + ": manifest without its shard " + data.getFileName() + " (lost?); nothing was loaded");
                }
            }
        } catch (IOException e) {
            throw new InputError(dir + ": cannot list the folder (" + FileErrors.plain(e) + ")");
        }
        if (nq.isEmpty()) throw new InputError(dir + ": no .nq files in the folder, expected N-Quads shards with their manifests");
        return nq;
    }
}
