package org.chipgraph.extract.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.Symbol;
import org.chipgraph.fact.Provenance;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.ClaimNode;
import org.chipgraph.source.Sha256;

/**
 * The state the mapping functions see while one row is mapped: the document, the row number, the
 * resolver, and the resolutions the functions made (described if the row's output uses them). One per file; the executor moves it from row to row.
 */
public final class RowContext {
    public static final Symbol SYMBOL = Symbol.create("https://w3id.org/chipgraph/fn#rowContext");

    final String docIri;
    final String mapping;
    final EntityResolver resolver;
    long row;
    /** Resolutions made while mapping the row; only those the output uses are described (a FILTER may drop a solution). */
    final java.util.Set<Resolution> resolutions = new java.util.LinkedHashSet<>();
    /** Per-row memo of function results: a multi-valued row evaluates the mapping several times with the same name. */
    final java.util.Map<Object, Object> memo = new java.util.HashMap<>();

    RowContext(String docIri, String mapping, EntityResolver resolver) {
        this.docIri = docIri;
        this.mapping = mapping;
        this.resolver = resolver;
    }

    /** Where the row's facts come from: this document, this row, this mapping. */
    Provenance provenance() {
        return Provenance.ofRow(docIri, row, mapping, MappingExecutor.EXTRACTOR, MappingExecutor.VERSION);
    }

    /** The claim IRI for a fact of this row (cgfn:claim): the one {@link ClaimNode} gives the claim node. */
    String claimIri(Node s, Node p, Node o) {
        return ClaimNode.iri(provenance(), s, p, o).getURI();
    }

    /** Notes how a name was resolved; the executor describes it if the row's output uses the entity. */
    void record(Resolution r) {
        resolutions.add(r);
    }

    /** The descriptions of the resolutions whose entity appears in {@code used}: a discovered entity's type and label, and the record. */
    void describeUsed(java.util.Set<Node> used, java.util.Collection<Triple> out) {
        for (Resolution r : resolutions) {
            Node e = NodeFactory.createURI(r.iri());
            if (!used.contains(e)) continue;
            if (r.discovered()) {
                out.add(Triple.create(e, CG.type, CG.term(r.type())));
                out.add(Triple.create(e, CG.type, CG.DiscoveredEntity));
                out.add(Triple.create(e, CG.label, NodeFactory.createLiteralLang(r.name(), "en")));
            }
            String key = r.type() + "\u0001" + r.name();
            Node res = NodeFactory.createURI(CG.ID + "resolution/" + Sha256.hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 24));
            out.add(Triple.create(res, CG.type, CG.term("Resolution")));
            out.add(Triple.create(res, CG.term("sourceName"), NodeFactory.createLiteralString(r.name())));
            out.add(Triple.create(res, CG.term("resolvedType"), CG.term(r.type())));
            out.add(Triple.create(res, CG.term("resolvedTo"), e));
            out.add(Triple.create(res, CG.term("resolutionRule"), NodeFactory.createLiteralString(r.rule())));
        }
    }
}
