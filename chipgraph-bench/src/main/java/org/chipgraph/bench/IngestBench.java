package org.chipgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.ingest.ArticleIngest;
import org.chipgraph.ingest.IngestSummary;
import org.chipgraph.ingest.Ingestor;
import org.chipgraph.ingest.Progress;
import org.chipgraph.ingest.SourceFiles;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import org.chipgraph.store.Dirs;
import org.chipgraph.store.TdbStore;

/**
 * Measures extraction and ingest on a generated corpus, side by side with Jena's own tdb2.tdbloader
 * loading the same quads, and the store's size after ingesting twice and after compaction.
 */
public final class IngestBench {
    private final Path work;
    private final int articles;
    private final int threads;
    private final PrintStream out;
    /** Stop after the extraction figures (no ingest, loader or store sizes). */
    private boolean extractOnly;

    /** Ingest and tdbloader on copies that state facts of their own ({@link DistinctCopies}). */
    private boolean distinct;

    /** Ingest and tdbloader only, after the warm-up pass: no timed extraction passes, no store sizes. */
    private boolean ingestOnly;

    public IngestBench ingestOnly(boolean only) {
        this.ingestOnly = only;
        return this;
    }

    public IngestBench distinct(boolean on) {
        this.distinct = on;
        return this;
    }

    /** Measure extraction only: stop before ingest. */
    public IngestBench extractOnly(boolean only) {
        this.extractOnly = only;
        return this;
    }

    public IngestBench(Path work, int articles, int threads, PrintStream out) {
        this.work = work;
        this.articles = articles;
        this.threads = threads;
        this.out = out;
    }

    public void run(Path samples) throws Exception {
        Path corpusDir = work.resolve("corpus-" + articles);
        CorpusGenerator.Corpus corpus;
        if (Files.isDirectory(corpusDir) && count(corpusDir) == articles) {
            corpus = new CorpusGenerator.Corpus(corpusDir, articles, textBytes(corpusDir));
        } else {
            Dirs.deleteTree(corpusDir);
            corpus = CorpusGenerator.generate(samples, corpusDir, articles, 42);
        }
        run(corpus, "generated from " + samples + " (seed 42)");
    }

    /** Measures on a corpus already in place; {@code origin} says where its text came from. */
    public void run(CorpusGenerator.Corpus corpus, String origin) throws Exception {
        Path corpusDir = corpus.dir();
        int articles = corpus.articles();
        double mb = corpus.bytes() / 1e6;
        out.printf("corpus: %d articles, %.2f MB of text, %s%n", articles, mb, origin);
        ReferenceData ref = ReferenceData.load();
        NewsExtractor extractor = new NewsExtractor(ref);
        ArticleReader reader = new ArticleReader(new LanguageDetector(), null);
        List<Path> files = SourceFiles.of(List.of(corpusDir)).articles();

        // Warm up the JIT on a whole pass so the single-thread figure measures steady state: a pass over a few
        // hundred articles leaves the rules' regex paths half compiled.
        extractOnly(new ArticleIngest(reader, extractor, threads), files);
        long sentences = extractor.profile().sentences(), tagged = extractor.profile().tagged();
        out.printf("sentences: %d; new names checked by OpenNLP (tokens, POS, lemmas of the name and six words each side): %d (%.2f per 100 sentences)%n",
                sentences, tagged, 100.0 * tagged / Math.max(1, sentences));
        var pr = extractor.profile();
        out.printf("  of them names a discovery shape or list found: %d, names the name finder found: %d; windows tagged: %d, answered from the article's memo: %d%n",
                pr.shapeChecks(), tagged - pr.shapeChecks(), pr.windowsTagged(), pr.windowsRemembered());
        out.printf("  words of the windows split by the tokenizer's model: %d, as split before by the thread: %d (%.0f %%; a corpus of repeated articles overstates this)%n",
                pr.wordsSplit(), pr.wordsRemembered(), 100.0 * pr.wordsRemembered() / Math.max(1, pr.wordsSplit() + pr.wordsRemembered()));
        var cpu = ManagementFactory.getThreadMXBean();
        if (!ingestOnly) extractionPasses(reader, extractor, files, articles, mb, cpu);
        if (extractOnly) return;
        ingestAndLoad(ref, reader, extractor, files, articles, corpusDir, cpu);
    }

    private void extractionPasses(ArticleReader reader, NewsExtractor extractor, List<Path> files, int articles, double mb,
            java.lang.management.ThreadMXBean cpu) {
        long[] stageBefore = stageNanos(extractor);
        long t1 = extractOnly(new ArticleIngest(reader, extractor, 1), files);
        double s1 = t1 / 1e9;
        out.printf("extraction, 1 thread:   %8.0f articles/s  %6.2f MB/s per core%n", articles / s1, mb / s1);
        long[] stageAfter = stageNanos(extractor);
        long extractorNanos = 0;
        for (int k = 0; k < stageAfter.length; k++) extractorNanos += stageAfter[k] - stageBefore[k];
        StringBuilder shares = new StringBuilder("  extractor stages (share of the extractor's time in that pass):");
        for (var stage : org.chipgraph.extract.ExtractionProfile.Stage.values()) {
            long n = stageAfter[stage.ordinal()] - stageBefore[stage.ordinal()];
            shares.append(String.format(" %s %.0f%%", stage.name().toLowerCase(java.util.Locale.ROOT), 100.0 * n / Math.max(1, extractorNanos)));
        }
        out.println(shares);
        out.printf("  rest of the pipeline (reading files, language, RDF): %.0f%% of the 1-thread wall time%n", 100.0 * Math.max(0, t1 - extractorNanos) / t1);
        // the extractor alone, on articles already read, in CPU time of its one thread: what a core spends on the text
        List<org.chipgraph.source.Article> read = new ArrayList<>();
        for (Path f : files) read.add(reader.read(f));
        long c0 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < read.size(); i++) extractor.extract(read.get(i), "urn:bench:" + i);
        double sc = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        read.clear();
        out.printf("extractor alone, CPU time of one core: %8.0f articles/s  %6.2f MB/s per core (the row above adds reading, language detection and RDF)%n",
                articles / sc, mb / sc);
        long tn = extractOnly(new ArticleIngest(reader, extractor, threads), files);
        double sn = tn / 1e9;
        out.printf("extraction, %d threads:  %8.0f articles/s  %6.2f MB/s  (x%.2f)%n", threads, articles / sn, mb / sn, s1 / sn);
    }

    private void ingestAndLoad(ReferenceData ref, ArticleReader reader, NewsExtractor extractor, List<Path> files, int articles,
            Path corpusDir, java.lang.management.ThreadMXBean cpu) throws Exception {
        org.chipgraph.extract.ArticleExtractor forStore = distinct ? new DistinctCopies(extractor) : extractor;

        Path db = work.resolve("db-ingest");
        Dirs.deleteTree(db);
        resetPeaks();
        IngestSummary first;
        long ti;
        double writerCpu;
        try (TdbStore store = TdbStore.open(db)) {
            Ingestor ingestor = new Ingestor(ref, new ArticleIngest(reader, forStore, threads), 500, 500_000);
            long t0 = System.nanoTime();
            long w0 = cpu.getCurrentThreadCpuTime();
            first = ingestor.ingest(store, SourceFiles.of(List.of(corpusDir)), false, new Progress("ingest", articles, Progress.onTerminal()));
            ti = System.nanoTime() - t0;
            writerCpu = (cpu.getCurrentThreadCpuTime() - w0) / 1e9;
        }
        double si = ti / 1e9;
        out.printf("ingest (extract + TDB2): %7.0f documents/s  %8.0f quads/s  (%d quads, %d facts, %.1f s, peak heap %d MB)%n",
                articles / si, first.quads() / si, first.quads(), first.facts(), si, peakHeapMb());
        // the thread that takes the extracted documents and writes them: its CPU time is the store's cost, steadier than wall time on a busy machine
        out.printf("  store writer thread: %.1f s of CPU (%.0f quads per CPU second)%n", writerCpu, first.quads() / writerCpu);

        Path nq = work.resolve("corpus.nq");
        writeNQuads(new ArticleIngest(reader, forStore, threads), files, nq, ref);
        Path loaded = work.resolve("db-tdbloader");
        Dirs.deleteTree(loaded);
        long tl = System.nanoTime();
        Process p = new ProcessBuilder(javaBin(), "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                "tdb2.tdbloader", "--loader=parallel", "--loc", loaded.toString(), nq.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IllegalStateException("tdb2.tdbloader failed: exit " + p.exitValue());
        double sl = (System.nanoTime() - tl) / 1e9;
        long nqQuads;
        try (Stream<String> lines = Files.lines(nq)) { nqQuads = lines.count(); }
        out.printf("tdb2.tdbloader (same quads from N-Quads, own JVM): %8.0f quads/s  (%d quads, %.1f s)%n", nqQuads / sl, nqQuads, sl);
        out.printf("ingest rate / tdbloader rate: %.0f %%%n", 100.0 * (first.quads() / si) / (nqQuads / sl));
        if (ingestOnly) return;

        try (TdbStore store = TdbStore.open(db)) {
            Ingestor ingestor = new Ingestor(ref, new ArticleIngest(reader, forStore, threads), 500, 500_000);
            ingestor.ingest(store, SourceFiles.of(List.of(corpusDir)), false, new Progress("re-ingest", articles, Progress.onTerminal()));
        }
        long twice = Dirs.diskUsage(db);
        long bulk = Dirs.diskUsage(loaded);
        out.printf("store size: bulk-loaded %.1f MB; ingested twice %.1f MB (%.1fx)", bulk / 1e6, twice / 1e6, (double) twice / bulk);
        try (TdbStore store = TdbStore.open(db)) {
            store.compact();
        }
        long compacted = Dirs.diskUsage(db);
        out.printf("; after compact %.1f MB (%.1fx)%n", compacted / 1e6, (double) compacted / bulk);
    }

    private static long[] stageNanos(NewsExtractor extractor) {
        var stages = org.chipgraph.extract.ExtractionProfile.Stage.values();
        long[] out = new long[stages.length];
        for (var s : stages) out[s.ordinal()] = extractor.profile().nanos(s);
        return out;
    }

    private static long extractOnly(ArticleIngest pipeline, List<Path> files) {
        AtomicLong facts = new AtomicLong();
        long t0 = System.nanoTime();
        pipeline.run(files, true, r -> facts.addAndGet(r.facts().size()), f -> { });
        return System.nanoTime() - t0;
    }

    private static void writeNQuads(ArticleIngest pipeline, List<Path> files, Path nq, ReferenceData ref) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(nq))) {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            w.start();
            ref.graphs().forEach(g -> g.quads().forEach(w::quad));
            pipeline.run(files, true, r -> r.graph().quads().forEach(w::quad), f -> { });
            w.finish();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) b.resetPeakUsage();
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP) sum += b.getPeakUsage().getUsed();
        }
        return sum / (1024 * 1024);
    }

    private static String javaBin() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }

    static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) { return s.count(); }
    }


    static long textBytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.mapToLong(f -> f.toFile().length()).sum();
        }
    }

}
