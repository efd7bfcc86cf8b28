package org.chipgraph.extract;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.chipgraph.source.Article;

/** Turns one article into facts. Implementations are thread-safe: one instance serves many threads. */
public interface ArticleExtractor {
    List<Fact> extract(Article article, String docIri);

    String name();

    String version();
}
