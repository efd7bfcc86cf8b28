package org.chipgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chipgraph.export.StoreExport;
import org.chipgraph.error.InputError;
import org.chipgraph.ingest.IngestSummary;
import org.chipgraph.ingest.Ingestor;
import org.chipgraph.ingest.Progress;
import org.chipgraph.ingest.SourceFiles;
import org.chipgraph.query.QueryRunner;
import org.chipgraph.query.Question;
import org.chipgraph.query.QuestionLibrary;
import org.chipgraph.query.ResultFormat;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.BundledFiles;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The whole path on the bundled samples: ingest samples/ (articles) and the small tables of",
                "samples-tables/ into the store, run every question",
                "of queries/ (with its example parameters) and print the answers with their sources,",
                "then write the graph to a Turtle file."})
public final class DemoCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin Debug debug;

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample articles (default: samples/ of the project).")
    Path samples;

    @Option(names = "--tables", paramLabel = "DIR", description = "Sample tables (default: samples-tables/ of the project).")
    Path tables;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Turtle file for the graph (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("chipgraph-out/graph.ttl");

    @Override
    public Integer call() throws Exception {
        Path dir = samples != null ? samples : BundledFiles.home().map(h -> h.resolve("samples")).orElse(Path.of("samples"));
        if (!Files.isDirectory(dir)) throw new InputError(dir + ": no samples folder, expected sample articles (give --samples DIR)");
        ReferenceData reference = ReferenceData.load();
        ExtractionOptions extraction = new ExtractionOptions();
        SourceFiles sources = SourceFiles.of(List.of(dir));
        try (TdbStore db = TdbStore.open(store.db)) {
            IngestSummary s = new Ingestor(reference, extraction.pipeline(reference), 200, 200_000)
                    .ingest(db, sources, false, new Progress("ingest", sources.articles().size(), Progress.onTerminal()));
            System.out.println(s.line() + " into " + store.db);
            if (!s.failures().isEmpty()) return IngestCommand.reportFailures(s.failures());
            // The bundled table samples, so the questions that join news with tables answer too.
            Path tableDir = tables != null ? tables : BundledFiles.home().map(h -> h.resolve("samples-tables")).orElse(Path.of("samples-tables"));
            if (Files.isDirectory(tableDir)) {
                org.chipgraph.extract.csv.CsvIngest csv = org.chipgraph.extract.csv.CsvIngest.of(reference);
                for (Path t : SourceFiles.of(List.of(tableDir)).tables()) System.out.println(csv.ingest(db, t, java.util.Optional.empty(), false, null).summary());
            }

            QueryRunner runner = new QueryRunner(db.datasetGraph(), 60_000);
            for (Question q : QuestionLibrary.load().all()) {
                if (q.name().equals("facts")) continue;
                Map<String, String> params = exampleParams(q);
                if (params.size() < q.parameters().size()) continue;
                System.out.println();
                System.out.println("== " + q.title() + (params.isEmpty() ? "" : "  " + params) + "   [" + q.name() + "]");
                long rows = runner.run(q, params, ResultFormat.TABLE, System.out);
                if (rows == 0) System.out.println("   (no rows: " + q.emptyNote().orElse("the samples hold no fact this question looks for") + ")");
            }
            if (output.getParent() != null) Files.createDirectories(output.getParent());
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(output))) {
                StoreExport.write(db.datasetGraph(), StoreExport.Format.TTL, out);
            }
            System.out.println();
            System.out.println("graph written to " + output + "; explore it with: bin/chipgraph query --list, bin/chipgraph facts --format table, bin/chipgraph serve");
        }
        return 0;
    }

    static Map<String, String> exampleParams(Question q) { return q.exampleParams(); }
}
