package org.chipgraph.store;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.XSDNumUtils;

/**
 * xsd:decimal objects in their canonical lexical form ("810000000.0", "1.1"), as every quad is written.
 * TDB2 (Jena 5.6.0, apache/jena#3404) stores a decimal by value and hands it back in canonical form; a quad
 * written as "810000000"^^xsd:decimal then reads as "810000000.0" and no delete by term matches it again
 * ({@code deleteAny}, {@code delete(quad)}), so a re-ingest or removal would leave it behind.
 */
final class CanonicalDecimals {
    private CanonicalDecimals() {}

    /** {@code q} itself, or the same quad with its decimal object written canonically. */
    static Quad of(Quad q) {
        Node o = q.getObject(), c = canonical(o);
        return c == o ? q : Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), c);
    }

    /** {@code n} itself unless it is a well-formed decimal literal in another lexical form than the canonical one. */
    static Node canonical(Node n) {
        if (!n.isLiteral() || !XSDDatatype.XSDdecimal.equals(n.getLiteralDatatype())) return n;
        String lex = n.getLiteralLexicalForm();
        BigDecimal value;
        try {
            value = new BigDecimal(lex.strip());
        } catch (NumberFormatException e) {
            return n; // ill-formed: TDB2 keeps it as written, in its node table
        }
        String canonical = XSDNumUtils.canonicalDecimalStrWithDot(value);
        return canonical.equals(lex) ? n : NodeFactory.createLiteralDT(canonical, XSDDatatype.XSDdecimal);
    }
}
