package org.chipgraph.bench;

import java.nio.file.Path;
import org.chipgraph.cli.Debug;
import java.util.List;
import java.util.concurrent.Callable;
import org.chipgraph.source.BundledFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        footer = {"%nExample: chipgraph-bench bench --articles 10000 --dir /tmp/bench",
                "         chipgraph-bench bench --real ../shared/eval/dev/corpus --mb 5 --threads 2 --distinct"},
        description = {"Benchmark: generate a corpus from samples/, then measure extraction (1 and N threads),",
                "full ingest into TDB2, Jena's tdb2.tdbloader on the same quads, and store sizes",
                "after ingesting twice and after compaction. Prints figures; writes under --dir."})
public final class BenchCommand implements Callable<Integer> {
    @Mixin Debug debug;

    @Option(names = "--articles", paramLabel = "N", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles = 10_000;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--dir", paramLabel = "DIR", description = "Work folder (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of("target/bench");

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample articles to generate from (default: samples/).")
    Path samples;

    @Option(names = "--real", paramLabel = "DIR", split = ",",
            description = "Measure on these real articles instead (folders or files, comma-separated), repeated to --mb, e.g. --real ../shared/eval/dev/corpus.")
    List<Path> real;

    @Option(names = "--mb", paramLabel = "MB", description = "With --real: repeat the articles to at least this many MB (default: ${DEFAULT-VALUE}).")
    int mb = 5;

    @Option(names = "--distinct", description = {"With --real: make each copy state facts of its own for ingest and tdbloader (each entity of copy n",
            "gets the IRI <iri>-copy-n, as a discovered entity), so a fact has one source instead of one per repeat."})
    boolean distinct;

    @Option(names = "--extract-only", description = "Measure extraction only (stop before ingest, tdbloader and store sizes).")
    boolean extractOnly;

    @Option(names = "--ingest-only", description = "After the warm-up pass, measure ingest and tdbloader only (no timed extraction passes, no store sizes).")
    boolean ingestOnly;

    @Override
    public Integer call() throws Exception {
        if (real != null) {
            List<Path> files = org.chipgraph.ingest.SourceFiles.of(real).articles();
            if (files.isEmpty()) throw new org.chipgraph.error.InputError(real + ": no .txt articles found, expected folders or files of articles");
            Path out = dir.resolve("real-" + mb + "mb");
            org.chipgraph.store.Dirs.deleteTree(out);
            var corpus = org.chipgraph.bench.CorpusGenerator.repeat(files, out, mb * 1_000_000L);
            new IngestBench(dir, corpus.articles(), threads, System.out).extractOnly(extractOnly).ingestOnly(ingestOnly).distinct(distinct)
                    .run(corpus, files.size() + " real articles from " + real + " repeated" + (distinct ? ", each copy's entities its own (--distinct)" : ""));
            return 0;
        }
        Path s = samples != null ? samples : BundledFiles.home().map(h -> h.resolve("samples")).orElse(Path.of("samples"));
        new IngestBench(dir, articles, threads, System.out).extractOnly(extractOnly).ingestOnly(ingestOnly).run(s);
        return 0;
    }
}
