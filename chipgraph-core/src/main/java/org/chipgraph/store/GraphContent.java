package org.chipgraph.store;

import java.util.List;
import org.apache.jena.sparql.core.Quad;

/** The whole content of one named graph: what a document contributes to the store. */
public record GraphContent(String graphIri, List<Quad> quads) {}
