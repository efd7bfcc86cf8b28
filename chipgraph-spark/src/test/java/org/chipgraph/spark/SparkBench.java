package org.chipgraph.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.chipgraph.bench.CorpusGenerator;
import org.chipgraph.store.BulkLoad;

/**
 * The Spark job's benchmark (not part of any jar): a generated corpus of articles (default 100,000, from
 * samples/, seed 42), extracted in local mode with 1 and with 2 executor threads after a warm-up, articles/s
 * of each; whether both runs wrote the same bytes; and the time 'chipgraph load' takes for the shards.
 *
 * <pre>java ... org.chipgraph.spark.SparkBench [--articles N] [--dir D]</pre>
 */
public final class SparkBench {
    public static void main(String[] args) throws Exception {
        int articles = Integer.parseInt(arg(args, "--articles", "100000"));
        Path dir = Path.of(arg(args, "--dir", "/tmp/chipgraph-spark-bench"));
        Path corpus = dir.resolve("corpus-" + articles);
        if (!Files.isDirectory(corpus)) {
            long t = System.nanoTime();
            var c = CorpusGenerator.generate(Path.of("samples"), corpus, articles, 42);
            System.out.printf("generated %,d articles, %.1f MB in %.0f s%n", c.articles(), c.bytes() / 1e6, (System.nanoTime() - t) / 1e9);
        }
        long bytes;
        try (Stream<Path> s = Files.list(corpus)) {
            bytes = s.mapToLong(p -> p.toFile().length()).sum();
        }
        Path warm = dir.resolve("warm-up");
        if (!Files.isDirectory(warm)) CorpusGenerator.generate(Path.of("samples"), warm, 2_000, 7);
        ExtractionSettings settings = new ExtractionSettings(null, false);
        double[] rate = new double[3];
        for (int threads : new int[] {1, 2}) {
            SparkSession spark = SparkSession.builder().master("local[" + threads + "]").appName("chipgraph-spark bench")
                    .config("spark.ui.enabled", "false").getOrCreate();
            try {
                new ShardJob(spark, settings).run(List.of(warm.toString()), dir.resolve("warm-out").toString(), null, true);
                long t = System.nanoTime(), cpu0 = cpuNanos();
                ShardJob.Result r = new ShardJob(spark, settings).run(List.of(corpus.toString()), dir.resolve("shards-" + threads).toString(), null, true);
                double s = (System.nanoTime() - t) / 1e9, cpu = (cpuNanos() - cpu0) / 1e9;
                rate[threads] = r.documents() / s;
                System.out.printf("local[%d]: %,d documents (%,d rejected), %,d facts, %,d quads, %d shards in %.1f s: %,.0f articles/s, %.2f MB/s;"
                                + " CPU %.1f s: %,.0f articles per CPU-second, %.2f MB per CPU-second%n",
                        threads, r.documents(), r.rejects().size(), r.facts(), r.quads(), r.shards(), s, rate[threads], bytes / 1e6 / s,
                        cpu, r.documents() / cpu, bytes / 1e6 / cpu);
            } finally {
                spark.stop();
            }
        }
        System.out.printf("2 threads vs 1: x%.2f%n", rate[2] / rate[1]);
        System.out.println("shards of local[1] and local[2] byte-identical: " + sameFiles(dir.resolve("shards-1"), dir.resolve("shards-2")));
        Path db = dir.resolve("db");
        org.chipgraph.store.Dirs.deleteTree(db);
        List<Path> shards;
        try (Stream<Path> s = Files.list(dir.resolve("shards-2"))) {
            shards = s.filter(p -> p.toString().endsWith(".nq")).sorted().toList();
        }
        long t = System.nanoTime(), cpu0 = cpuNanos();
        BulkLoad.Result loaded = BulkLoad.load(db, shards, false);
        double s = (System.nanoTime() - t) / 1e9, cpu = (cpuNanos() - cpu0) / 1e9;
        System.out.printf("load of %d shards: %,d quads in %.1f s, %,.0f quads/s, %,.0f articles/s; CPU %.1f s%n",
                shards.size(), loaded.quadsLoaded(), s, loaded.quadsLoaded() / s, articles / s, cpu);
    }

    /** CPU time of this JVM, all threads (on a shared machine wall time says more about the neighbours). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static boolean sameFiles(Path a, Path b) throws Exception {
        List<Path> fa, fb;
        try (Stream<Path> s = Files.list(a); Stream<Path> t = Files.list(b)) {
            fa = s.sorted().toList();
            fb = t.sorted().toList();
        }
        if (fa.size() != fb.size()) return false;
        for (int i = 0; i < fa.size(); i++) {
            if (!fa.get(i).getFileName().equals(fb.get(i).getFileName())) return false;
            if (!Arrays.equals(Files.readAllBytes(fa.get(i)), Files.readAllBytes(fb.get(i)))) return false;
        }
        return true;
    }

    private static String arg(String[] args, String name, String def) {
        for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
        return def;
    }
}
