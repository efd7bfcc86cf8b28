package org.chipgraph.extract.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.Symbol;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.Iris;
import org.chipgraph.source.Sha256;

/**
 * The state the mapping functions see while one row is mapped: the document, the row number, the
 * resolver, and the extra triples the functions produce (descriptions of discovered entities and
 * resolution records). One per file; the executor moves it from row to row.
 */
public final class RowContext {
    public static final Symbol SYMBOL = Symbol.create("https://w3id.org/chipgraph/fn#rowContext");

    final String docIri;
    final String mapping;
    final EntityResolver resolver;
    long row;
    final List<Triple> extra = new ArrayList<>();

    RowContext(String docIri, String mapping, EntityResolver resolver) {
        this.docIri = docIri;
        this.mapping = mapping;
        this.resolver = resolver;
    }

    /** The claim IRI for a fact of this row: the same as the executor gives the claim node. */
    String claimIri(Node s, Node p, Node o) {
        return Iris.claim(docIri, s.toString(), p.getURI(), o.toString(), "row " + row);
    }

    /** Records how a name was resolved; a discovered entity is described (type, label) in the document graph. */
    void record(Resolution r) {
        Node e = NodeFactory.createURI(r.iri());
        if (r.discovered()) {
            extra.add(Triple.create(e, CG.type, CG.term(r.type())));
            extra.add(Triple.create(e, CG.type, CG.DiscoveredEntity));
            extra.add(Triple.create(e, CG.label, NodeFactory.createLiteralLang(r.name(), "en")));
        }
        String key = r.type() + "\u0001" + r.name();
        Node res = NodeFactory.createURI(CG.ID + "resolution/" + Sha256.hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 24));
        extra.add(Triple.create(res, CG.type, CG.term("Resolution")));
        extra.add(Triple.create(res, CG.term("sourceName"), NodeFactory.createLiteralString(r.name())));
        extra.add(Triple.create(res, CG.term("resolvedType"), CG.term(r.type())));
        extra.add(Triple.create(res, CG.term("resolvedTo"), e));
        extra.add(Triple.create(res, CG.term("resolutionRule"), NodeFactory.createLiteralString(r.rule())));
    }
}
