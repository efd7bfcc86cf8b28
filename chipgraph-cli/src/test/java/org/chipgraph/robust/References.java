package org.chipgraph.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.ingest.ArticleIngest;
import org.chipgraph.ingest.Ingestor;
import org.chipgraph.ingest.Progress;
import org.chipgraph.ingest.SourceFiles;
import org.chipgraph.rdf.Iris;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import org.chipgraph.store.TdbStore;

/**
 * What each document's graph must be: built by a clean single-document ingest of each file into
 * a fresh store of its own (one pipeline shared, so the model loads once).
 */
public final class References {
    private References() {}

    /**
     * Document graph IRI -> its graph after a clean ingest of that file alone: each file is ingested by
     * a run of its own (into one reference store; a run only ever replaces its own documents' graphs).
     */
    public static Map<String, Graph> singleDocumentGraphs(List<Path> files, Path work) {
        ReferenceData reference = ReferenceData.load();
        ArticleIngest pipeline = new ArticleIngest(new ArticleReader(new LanguageDetector(), null), new NewsExtractor(reference), 1);
        Ingestor ingestor = new Ingestor(reference, pipeline, 200, 200_000);
        Map<String, Graph> out = new LinkedHashMap<>();
        Path dir = work.resolve("single-document-references");
        try (TdbStore store = TdbStore.open(dir)) {
            for (Path f : files) {
                String iri = Iris.document(f.getFileName().toString());
                var summary = ingestor.ingest(store, SourceFiles.of(List.of(f)), false, new Progress("", 1, false));
                if (!summary.failures().isEmpty()) throw new IllegalStateException("reference ingest failed: " + summary.failures());
                Graph g = StoreSnapshot.of(store).graphs().get(iri);
                if (g == null) throw new IllegalStateException("reference ingest of " + f + " wrote no graph " + iri);
                out.put(iri, g);
            }
        }
        Dirs.delete(dir);
        return out;
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
