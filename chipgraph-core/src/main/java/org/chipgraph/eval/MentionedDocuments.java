package org.chipgraph.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.ingest.SourceFiles;
import org.chipgraph.rdf.Iris;
import org.chipgraph.source.Article;
import org.chipgraph.source.ArticleReader;

/** The mentions the extractor recognises in each document the gold covers, read and extracted once more. */
public final class MentionedDocuments {
    private MentionedDocuments() {}

    /** By file name, the articles of {@code files} whose names are in {@code wanted}. */
    public static Map<String, DocumentMentions> read(SourceFiles files, Set<String> wanted, ArticleReader reader, NewsExtractor extractor) {
        Map<String, DocumentMentions> out = new LinkedHashMap<>();
        for (Path file : files.articles()) {
            String name = file.getFileName().toString();
            if (!wanted.contains(name) || out.containsKey(name)) continue;
            Article a = reader.read(file);
            String iri = a.url() != null ? Iris.documentFromUrl(a.url()) : Iris.documentAt(files.relativeName(file));
            out.put(name, new DocumentMentions(name, a.language(), extractor.mentions(a, iri)));
        }
        return out;
    }
}
