package org.chipgraph.extract;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.Article;

/** The news extractor: sentences, entities of the registry, declarative per-language patterns. */
public final class NewsExtractor implements ArticleExtractor {
    public static final String NAME = "chipgraph-news";
    public static final String VERSION = "0.1.0";

    public NewsExtractor(ReferenceData reference) {
    }

    @Override
    public List<Fact> extract(Article article, String docIri) {
        return List.of();
    }

    @Override public String name() { return NAME; }
    @Override public String version() { return VERSION; }
}
