package org.chipgraph.bench;

import org.chipgraph.extract.csv.CsvIngest;
import org.chipgraph.extract.csv.IngestResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.chipgraph.ingest.TableBulkLoad;
import org.chipgraph.store.Loader;
import org.chipgraph.store.TdbStore;

/**
 * Bench of CSV ingest: rows and quads per second, the process's CPU seconds and peak heap for each real file under the data folder and for a generated
 * CSV in the CSL layout, each ingested into a fresh TDB2 store (one file = one graph = one transaction).
 * <pre>
 * mvn -q -DskipTests package
 * bin/chipgraph-bench csv [--data ../shared/data] [--rows 1000000] [--work target/bench] [--map-only] [--generated-only] [--compare-loader] [--bulk [--loader sequential|parallel]]
 * </pre>
 * {@code --compare-loader} also writes each file's mapped quads to N-Quads and times Jena's own
 * {@code tdb2.tdbloader --loader=parallel} loading them into an empty store in its own JVM, side by side (for files of
 * a million quads or more, where the loader's start-up does not dominate). {@code --bulk} ingests each file as a table
 * over {@code ingest --bulk-over} is: mapped to an N-Quads file, bulk-loaded into a new generation, switched in.
 * Three heap figures per file: the largest live heap, sampled by a full collection every 10 s, and the largest heap
 * right after any collection ({@link LiveHeap}: what the work keeps, so whether memory grows with the file), and
 * the sum of the heap pools' peaks (garbage included, so it mostly shows the -Xmx the JVM was given).
 */
public final class CsvBench {
    private CsvBench() {}

    static final String USAGE = """
            Usage: chipgraph-bench csv [--data DIR] [--rows N] [--work DIR] [--map-only] [--generated-only]
                                       [--compare-loader] [--bulk [--loader sequential|parallel]]
            Ingests each CSV under --data (default ../shared/data) and a generated CSV of --rows rows in the CSL
            layout (default 1000000, written once to --work, default target/bench) into a fresh TDB2 store, and prints
            rows/s, quads/s, CPU seconds and three heap figures in MB: live (the largest heap after a full collection,
            sampled every 10 s; "-" for a file done in less), after GC (the largest after any collection, an upper
            bound of live) and pool peak (garbage included: it mostly shows -Xmx).
              --map-only        map the rows, count the quads, store nothing
              --generated-only  only the generated file
              --compare-loader  also time tdb2.tdbloader --loader=parallel on the same quads (own JVM)
              --bulk            the route of a large table: N-Quads file, TDB2 bulk loader, new generation switched in
              --loader L        with --bulk: sequential or parallel (default: chosen by heap and processors)
            Example: CHIPGRAPH_JAVA_OPTS=-Xmx512m chipgraph-bench csv --generated-only --rows 300000 --work /tmp/csvb --bulk""";

    public static void main(String[] args) throws IOException {
        Path data = Path.of("../shared/data");
        Path work = Path.of("target/bench");
        long rows = 1_000_000;
        boolean mapOnly = false, generatedOnly = false, compareLoader = false, bulk = false;
        Loader loader = Loader.forThisJvm();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> { System.out.println(USAGE); return; }
                case "--loader" -> loader = Loader.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
                case "--data" -> data = Path.of(args[++i]);
                case "--rows" -> rows = Long.parseLong(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--map-only" -> mapOnly = true;
                case "--generated-only" -> generatedOnly = true;
                case "--compare-loader" -> compareLoader = true;
                case "--bulk" -> bulk = true;
                default -> { System.err.println("unknown option " + args[i] + ", expected --data DIR, --rows N, --work DIR, --map-only, --generated-only, --compare-loader, --bulk, --loader sequential|parallel, --help"); System.exit(2); }
            }
        }
        Files.createDirectories(work);
        CsvIngest ingest = CsvIngest.standard();
        List<Path> files = new ArrayList<>();
        if (generatedOnly) {
            System.out.println("(generated file only)");
        } else if (Files.isDirectory(data)) {
            try (Stream<Path> s = Files.walk(data)) {
                s.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add);
            }
        } else {
            System.out.println("(no real data at " + data + "; only the generated file)");
        }
        Path generated = work.resolve("csl-generated-" + rows + ".csv");
        if (!Files.exists(generated)) {
            long t = System.nanoTime();
            CslGenerator.write(generated, rows);
            System.out.printf("generated %s (%d rows, %.0f MB) in %.1f s%n", generated, rows, Files.size(generated) / 1e6, (System.nanoTime() - t) / 1e9);
        }
        files.add(generated);

        System.out.printf("max heap %d MB, %d processors, %s%n", Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                mapOnly ? "map only (quads counted, not stored)" : bulk ? "into TDB2 through the bulk loader (N-Quads file, new generation, " + loader.name().toLowerCase(java.util.Locale.ROOT) + " loader)" : "into TDB2 in one transaction");
        System.out.printf("%-45s %10s %10s %9s %9s %10s %10s %8s %12s %12s  %s%n", "file", "rows", "quads", "seconds", "cpu s", "rows/s", "quads/s", "live MB", "after GC MB", "pool peak MB", "result");
        for (Path f : files) {
            Path db = work.resolve("db-" + f.getFileName());
            deleteTree(db);
            String result;
            long n = 0, quads = 0, t, cpu;
            // the store is opened (created) before the clock starts: the figures are of reading, mapping and writing
            try (TdbStore store = mapOnly || bulk ? null : TdbStore.open(db)) {
                LiveHeap.reset();
                resetPeaks();
                t = System.nanoTime();
                cpu = processCpuNanos();
                try {
                    IngestResult r;
                    Path report = work.resolve(f.getFileName() + ".skipped.tsv");
                    if (mapOnly) {
                        r = ingest.map(f, ingest.mappingFor(f, Optional.empty()), true, report, q -> { });
                    } else if (bulk) {
                        r = TableBulkLoad.load(ingest, db, f, f.getFileName().toString(), Optional.empty(), true, report, loader);
                    } else {
                        r = ingest.ingest(store, f, Optional.empty(), true, report);
                    }
                    n = r.rows();
                    quads = r.quads();
                    result = r.mapping() + (r.skipped() > 0 ? ", " + r.skipped() + " skipped" : "");
                } catch (RuntimeException e) {
                    result = "error: " + e.getMessage();
                }
            }
            double s = (System.nanoTime() - t) / 1e9;
            double cpuS = (processCpuNanos() - cpu) / 1e9;
            long live = LiveHeap.live();
            System.out.printf("%-45s %10d %10d %9.2f %9.2f %10.0f %10.0f %8s %12d %12d  %s%n", f.getFileName(), n, quads, s, cpuS, n / s, quads / s,
                    live < 0 ? "-" : String.valueOf(live >> 20), LiveHeap.afterGc() >> 20, peakHeap() >> 20,
                    result.length() > 90 ? result.substring(0, 87) + "..." : result);
            deleteTree(db);
            // below a million quads the loader's own JVM start-up would dominate its figure
            if (compareLoader && quads >= 1_000_000) compareWithLoader(ingest, f, work, quads / s);
        }
    }

    /** Maps the file to N-Quads, then times tdb2.tdbloader on them in its own JVM; prints its rate and ours against it. */
    private static void compareWithLoader(CsvIngest ingest, Path f, Path work, double ourQuadsPerSecond) throws IOException {
        Path nq = work.resolve(f.getFileName() + ".nq");
        long written;
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
            org.apache.jena.riot.system.StreamRDF w = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out, org.apache.jena.riot.RDFFormat.NQUADS);
            w.start();
            written = ingest.map(f, ingest.mappingFor(f, Optional.empty()), true, work.resolve(f.getFileName() + ".skipped.tsv"), w::quad).quads();
            w.finish();
        }
        Path db = work.resolve("db-tdbloader-" + f.getFileName());
        deleteTree(db);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long t = System.nanoTime();
        try {
            Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    "tdb2.tdbloader", "--loader=parallel", "--loc", db.toString(), nq.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) throw new IllegalStateException("tdb2.tdbloader failed: exit " + p.exitValue());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("  tdb2.tdbloader, same %d quads from N-Quads: %.0f quads/s (%.2f s); ingest is %.0f %% of it%n",
                written, written / s, s, 100 * ourQuadsPerSecond / (written / s));
        deleteTree(db);
        Files.deleteIfExists(nq);
    }

    /** CPU time of the whole process (all threads, GC included): on a shared machine it shows the work apart from the waiting. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
