package org.chipgraph.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.ingest.ArticleIngest;
import org.chipgraph.ingest.Ingestor;
import org.chipgraph.ingest.Progress;
import org.chipgraph.ingest.SourceFiles;
import org.chipgraph.query.FactsTable;
import org.chipgraph.query.QuestionLibrary;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import org.chipgraph.store.BulkLoad;
import org.chipgraph.store.TdbStore;

/** Real TDB2 stores on disk, filled the two ways the issue compares: ingest, and bulk load of shards. */
final class Stores {
    private Stores() {}

    /** The facts table after the CLI's ingest of {@code inputs} into a new store at {@code db}. */
    static List<List<String>> factsOfIngest(Path db, Path... inputs) {
        ReferenceData reference = ReferenceData.load();
        ArticleIngest pipeline = new ArticleIngest(new ArticleReader(new LanguageDetector(), null), new NewsExtractor(reference), 2);
        try (TdbStore store = TdbStore.open(db)) {
            var summary = new Ingestor(reference, pipeline, 200, 200_000).ingest(store, SourceFiles.of(List.of(inputs)), true, new Progress("", 0, false));
            if (!summary.failures().isEmpty()) throw new IllegalStateException("ingest failed: " + summary.failures());
            return FactsTable.rows(store.datasetGraph(), QuestionLibrary.load());
        }
    }

    /** The facts table after 'chipgraph load DIR' of a folder of shards into a new store at {@code db}. */
    static List<List<String>> factsOfLoad(Path db, Path shards) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(shards)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".nq")).sorted().toList();
        }
        BulkLoad.load(db, files, false);
        try (TdbStore store = TdbStore.openExisting(db)) {
            return FactsTable.rows(store.datasetGraph(), QuestionLibrary.load());
        }
    }
}
