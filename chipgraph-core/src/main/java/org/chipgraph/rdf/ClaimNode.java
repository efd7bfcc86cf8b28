package org.chipgraph.rdf;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.XSDNumUtils;
import org.chipgraph.fact.Provenance;
import org.chipgraph.fact.Stance;

/**
 * The claim node of one asserted triple: an rdf:Statement naming the triple, the document it comes from, where in it
 * (a sentence with its character offsets, or a table row and the mapping that read it), how the source holds it, what
 * produced it and how sure that is. News facts ({@link DocumentGraph}) and table rows (the CSV mapping executor) both
 * build their claims here, so a claim has one shape whatever its source.
 */
public final class ClaimNode {
    private ClaimNode() {}

    private static final Node[] STANCES = new Node[Stance.values().length];
    private static final Node[] CONFIDENCES = new Node[1001];
    private static final Map<String, Node> NAMES = new ConcurrentHashMap<>();

    static {
        for (Stance st : Stance.values()) STANCES[st.ordinal()] = CG.term(st.localName());
        for (int k = 0; k <= 1000; k++) CONFIDENCES[k] = decimal(BigDecimal.valueOf(k / 1000.0));
    }

    /** The claim's IRI: from the document, the triple and where in the document it is said, never from a counter. */
    public static Node iri(Provenance prov, Node s, Node p, Node o) {
        String where = prov.row() != null ? "row " + prov.row() : prov.start() + "-" + prov.end();
        return NodeFactory.createURI(Iris.claim(prov.docIri(), s.toString(), p.getURI(), o.toString(), where));
    }

    /**
     * Emits the claim's triples: the statement, its source and locator, stance, producer and confidence. Details only
     * one kind of source has (a quantity read from a sentence, a table's unit counts) are added to {@link #iri} by the
     * caller.
     */
    public static Node write(Node s, Node p, Node o, Provenance prov, Stance stance, double confidence, Consumer<Triple> out) {
        Node c = iri(prov, s, p, o);
        out.accept(Triple.create(c, CG.type, CG.Claim));
        out.accept(Triple.create(c, CG.rdfSubject, s));
        out.accept(Triple.create(c, CG.rdfPredicate, p));
        out.accept(Triple.create(c, CG.rdfObject, o));
        out.accept(Triple.create(c, CG.wasDerivedFrom, NodeFactory.createURI(prov.docIri())));
        out.accept(Triple.create(c, CG.stance, STANCES[stance.ordinal()]));
        if (prov.sentence() != null) {
            out.accept(Triple.create(c, CG.sentence, NodeFactory.createLiteralString(prov.sentence())));
            out.accept(Triple.create(c, CG.charStart, integer(prov.start())));
            out.accept(Triple.create(c, CG.charEnd, integer(prov.end())));
        }
        if (prov.row() != null) out.accept(Triple.create(c, CG.row, integer(prov.row())));
        if (prov.mapping() != null) out.accept(Triple.create(c, CG.mapping, name(prov.mapping())));
        out.accept(Triple.create(c, CG.extractor, name(prov.extractor())));
        out.accept(Triple.create(c, CG.extractorVersion, name(prov.extractorVersion())));
        out.accept(Triple.create(c, CG.confidence, confidence(confidence)));
        return c;
    }

    private static Node confidence(double c) {
        long k = Math.round(c * 1000);
        return k >= 0 && k <= 1000 ? CONFIDENCES[(int) k] : decimal(BigDecimal.valueOf(k / 1000.0));
    }

    /** A literal of the few strings that name an extractor, its version or a mapping. */
    private static Node name(String s) {
        return NAMES.size() < 1000 ? NAMES.computeIfAbsent(s, NodeFactory::createLiteralString) : NodeFactory.createLiteralString(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The canonical form ("810000000.0"): the one TDB2 hands back, so a stored claim reads as it was written. */
    static Node decimal(BigDecimal d) {
        return NodeFactory.createLiteralDT(XSDNumUtils.canonicalDecimalStrWithDot(d), XSDDatatype.XSDdecimal);
    }
}
