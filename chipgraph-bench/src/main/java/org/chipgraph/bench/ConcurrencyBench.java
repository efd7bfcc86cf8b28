package org.chipgraph.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.ingest.ArticleIngest;
import org.chipgraph.ingest.IngestSummary;
import org.chipgraph.ingest.Ingestor;
import org.chipgraph.ingest.Progress;
import org.chipgraph.ingest.SourceFiles;
import org.chipgraph.query.QueryRunner;
import org.chipgraph.query.Question;
import org.chipgraph.query.QuestionLibrary;
import org.chipgraph.query.ResultFormat;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.BundledFiles;
import org.chipgraph.source.LanguageDetector;
import org.chipgraph.store.Dirs;
import org.chipgraph.store.TdbStore;

/**
 * Query latency with and without a concurrent ingest, in one process (the in-process equivalent of
 * query clients on the endpoint): a store holding a base corpus; N client threads run library
 * questions through ARQ for a fixed time with no ingest; then the same clients while the Ingestor
 * writes a further corpus (bounded in time). Prints p50/p95/p99/max latency and queries per second
 * for each phase, and the ingest rate.
 *
 * <pre>bin/chipgraph-bench concurrency [ARTICLES [CLIENTS [SECONDS [DIR]]]]</pre>
 * Defaults: 500 articles ingested during the load phase, 8 clients, 60 s bound, target/concurrency-bench.
 */
public final class ConcurrencyBench {
    /** Point questions an analyst asks often (whole-store reports like "facts" take seconds each and would swamp the figures). */
    private static final List<String> QUESTIONS = List.of("chip-makers", "company-chips", "who-supplies", "entity-sources");
    private static final Map<String, String> PARAMS = Map.of("company-chips", "company=ByteDance", "who-supplies", "company=ByteDance",
            "entity-sources", "entity=Nvidia");

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path work = Path.of(args.length > 3 ? args[3] : "target/concurrency-bench");
        Path samples = BundledFiles.home().map(h -> h.resolve("samples")).orElse(Path.of("samples"));
        Dirs.deleteTree(work);
        CorpusGenerator.Corpus base = CorpusGenerator.generate(samples, work.resolve("base"), 500, 1);
        CorpusGenerator.Corpus extra = CorpusGenerator.generate(samples, work.resolve("extra"), articles, 2);

        ReferenceData reference = ReferenceData.load();
        ArticleIngest pipeline = new ArticleIngest(new ArticleReader(new LanguageDetector(), null), new NewsExtractor(reference), 1);
        Ingestor ingestor = new Ingestor(reference, pipeline, 50, 200_000);
        QuestionLibrary library = QuestionLibrary.load();
        List<Question> questions = QUESTIONS.stream().map(library::find).flatMap(java.util.Optional::stream).toList();
        System.out.printf("concurrency bench: %d clients, questions %s, %d cores%n", clients,
                questions.stream().map(Question::name).toList(), Runtime.getRuntime().availableProcessors());
        try (TdbStore store = TdbStore.open(work.resolve("db"))) {
            IngestSummary b = ingestor.ingest(store, SourceFiles.of(List.of(base.dir())), false, new Progress("", 0, false));
            System.out.printf("base store: %d documents, %d facts, %d quads%n", b.documents(), b.facts(), store.quadCount());
            run(store, questions, clients, 5, null, "warm-up");
            run(store, questions, clients, Math.max(10, seconds / 2), null, "no ingest");
            run(store, questions, clients, seconds, () -> {
                IngestSummary s = ingestor.ingest(store, SourceFiles.of(List.of(extra.dir())), false, new Progress("", 0, false));
                return String.format("ingest of %d articles (%d facts) in %.1f s, %.0f articles/s, beside the queries",
                        s.documents(), s.facts(), s.seconds(), s.documents() / s.seconds());
            }, "during ingest");
        }
    }

    /** Clients query until {@code seconds} pass or the writer (if any) ends; prints the latency figures. */
    static void run(TdbStore store, List<Question> questions, int clients, int seconds,
                    java.util.concurrent.Callable<String> writer, String label) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int id = c;
            List<Long> mine = new ArrayList<>();
            Thread t = new Thread(() -> {
                QueryRunner runner = new QueryRunner(store.datasetGraph(), 30_000);
                for (int i = id; !stop.get(); i++) {
                    Question q = questions.get(i % questions.size());
                    long s = System.nanoTime();
                    try {
                        runner.run(q, params(q), ResultFormat.TSV, OutputStream.nullOutputStream());
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - s);
                }
                synchronized (perClient) {
                    perClient.add(mine.stream().mapToLong(Long::longValue).toArray());
                }
            }, "client-" + c);
            t.start();
            threads.add(t);
        }
        String wrote = null;
        if (writer != null) {
            java.util.concurrent.FutureTask<String> task = new java.util.concurrent.FutureTask<>(writer);
            Thread w = new Thread(task, "writer");
            w.start();
            try {
                wrote = task.get(seconds, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                wrote = "ingest still running after the " + seconds + " s bound (queries stopped; waiting for it to finish)";
                stop.set(true);
                w.join();
            }
        } else {
            Thread.sleep(seconds * 1000L);
        }
        stop.set(true);
        for (Thread t : threads) t.join();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%-14s %6d queries in %5.1f s (%6.1f q/s): p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  (%d failed)%n",
                label + ":", all.length, elapsed, all.length / elapsed, pct(all, 50), pct(all, 95), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                failures.get());
        if (wrote != null) System.out.println("               " + wrote);
    }

    static Map<String, String> params(Question q) {
        String p = PARAMS.get(q.name());
        return p == null ? Map.of() : Map.of(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
