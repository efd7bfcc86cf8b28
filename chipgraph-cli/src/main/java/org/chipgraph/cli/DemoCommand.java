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
import org.chipgraph.ingest.IngestJob;
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
    @Mixin Output console;
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
        // The bundled table samples too, so the questions that join news with tables answer.
        Path tableDir = tables != null ? tables : BundledFiles.home().map(h -> h.resolve("samples-tables")).orElse(Path.of("samples-tables"));
        SourceFiles sources = SourceFiles.of(Files.isDirectory(tableDir) ? List.of(dir, tableDir) : List.of(dir));
        IngestSummary s = IngestJob.create(reference, extraction.pipeline(reference))
                .onTable(r -> console.out().println(r.summary())).build().run(store.db, sources);
        console.out().println(s.line() + " into " + store.db);
        if (!s.failures().isEmpty()) return console.reportFailures(s.failures());
        try (TdbStore db = TdbStore.open(store.db)) {
            QueryRunner runner = new QueryRunner(db.datasetGraph(), 60_000);
            for (Question q : QuestionLibrary.load().all()) {
                if (q.name().equals("facts")) continue;
                Map<String, String> params = exampleParams(q);
                if (params.size() < q.parameters().size()) continue;
                console.out().println();
                console.out().println("== " + q.title() + (params.isEmpty() ? "" : "  " + params) + "   [" + q.name() + "]");
                long rows = runner.run(q, params, ResultFormat.TABLE, System.out);
                if (rows == 0) console.out().println("   (no rows: " + q.emptyNote().orElse("the samples hold no fact this question looks for") + ")");
            }
            if (output.getParent() != null) Files.createDirectories(output.getParent());
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(output))) {
                StoreExport.write(db.datasetGraph(), StoreExport.Format.TTL, out);
            }
            console.out().println();
            console.out().println("graph written to " + output + "; explore it with: bin/chipgraph query --list, bin/chipgraph facts --format table, bin/chipgraph serve");
        }
        return 0;
    }

    static Map<String, String> exampleParams(Question q) { return q.exampleParams(); }
}
