package org.chipgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import org.chipgraph.fact.Fact;
import org.chipgraph.source.Article;
import org.chipgraph.store.GraphContent;

/** One article read and extracted, ready to be written as its named graph. */
public record DocumentResult(Path file, Article article, List<Fact> facts, GraphContent graph) {}
