package org.chipgraph.store;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * One print-ready row of {@code entity-sources}: a claim with the entity as its subject or object, as the question
 * reads it: the claim's subject, relation and object (terms, labelled when the question runs), stance (an IRI,
 * labelled then too), confidence, source file, where in it ("chars B-E", "row N", or none) and evidence (the sentence,
 * or ""). Stored as one literal per row on the entity in the summary graph ({@link SourceRows}), fields split by
 * U+001F: side ({@code s} or {@code o}, which side of the claim the entity is on; a claim about an entity and itself is
 * two rows, as the question's UNION gives it), subject, relation, object (empty when it is the entity itself),
 * stance, confidence, source, where, evidence, occurrence (empty for the first of identical rows: the rows are a
 * multiset and a node holds a literal once). Terms are written in Turtle's syntax with the project's prefixes.
 */
public record SourceRow(Node subject, Node relation, Node object, Node stance, Node confidence, Node source, String where,
        Node evidence) {

    static final String SEPARATOR = "\u001F";
    private static final char SEP = '\u001F';
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("cg", "https://w3id.org/chipgraph/ontology#")
            .setNsPrefix("co", "https://w3id.org/chipgraph/id/company/")
            .setNsPrefix("chip", "https://w3id.org/chipgraph/id/chip/")
            .setNsPrefix("ctl", "https://w3id.org/chipgraph/id/control/")
            .setNsPrefix("ctry", "https://w3id.org/chipgraph/id/country/")
            .setNsPrefix("xsd", XSDDatatype.XSD + "#")
            .lock();
    private static final PrefixMap PREFIX_MAP = PrefixMapFactory.create(PREFIXES);

    /** The row's text, without its occurrence field; {@code side} is 's' or 'o', {@code entity} the node it is stored on. */
    String text(char side, Node entity) {
        StringBuilder b = new StringBuilder(256);
        b.append(side).append(SEP);
        b.append(side == 's' && subject.equals(entity) ? "" : term(subject)).append(SEP);
        b.append(term(relation)).append(SEP);
        b.append(side == 'o' && object.equals(entity) ? "" : term(object)).append(SEP);
        b.append(term(stance)).append(SEP);
        b.append(term(confidence)).append(SEP);
        b.append(term(source)).append(SEP);
        b.append(where == null ? "" : where).append(SEP);
        // a plain string (every sentence chipgraph writes) as it is; anything else as a term, after a marker
        if (isPlain(evidence)) b.append('"').append(evidence.getLiteralLexicalForm());
        else b.append('^').append(term(evidence));
        return b.toString();
    }

    /**
     * Reads a stored row back; {@code memo} keeps the terms already parsed in this run (a run reads the same few
     * relations, stances, confidences and entities on every row).
     */
    public static SourceRow parse(String stored, Node entity, Map<String, Node> memo) {
        int[] at = new int[9];
        int from = 0;
        for (int i = 0; i < 8; i++) {
            int k = stored.indexOf(SEP, from);
            if (k < 0) throw new IllegalArgumentException("not a source row: " + stored);
            at[i] = k;
            from = k + 1;
        }
        int last = stored.lastIndexOf(SEP); // the occurrence number: the evidence may hold anything before it
        char side = stored.charAt(0);
        String s = stored.substring(at[0] + 1, at[1]);
        String o = stored.substring(at[2] + 1, at[3]);
        String where = stored.substring(at[6] + 1, at[7]);
        String ev = stored.substring(at[7] + 1, last);
        Node evidence = ev.startsWith("\"") ? NodeFactory.createLiteralString(ev.substring(1)) : node(ev.substring(1), memo);
        return new SourceRow(side == 's' && s.isEmpty() ? entity : node(s, memo), node(stored.substring(at[1] + 1, at[2]), memo),
                side == 'o' && o.isEmpty() ? entity : node(o, memo), node(stored.substring(at[3] + 1, at[4]), memo),
                node(stored.substring(at[4] + 1, at[5]), memo), node(stored.substring(at[5] + 1, at[6]), memo),
                where.isEmpty() ? null : where, evidence);
    }

    private static boolean isPlain(Node n) {
        return n.isLiteral() && XSDDatatype.XSDstring.getURI().equals(n.getLiteralDatatypeURI()) && n.getLiteralLanguage().isEmpty();
    }

    private static String term(Node n) { return FmtUtils.stringForNode(n, PREFIXES); }

    private static Node node(String text, Map<String, Node> memo) {
        Node n = memo.get(text);
        if (n == null) {
            n = simple(text);
            if (n == null) n = NodeFactoryExtra.parseNode(text, PREFIX_MAP);
            memo.put(text, n);
        }
        return n;
    }

    /**
     * The forms nearly every term takes, read without Turtle's tokenizer (a row's file and its other side are new to
     * most rows of a run, and the tokenizer was most of reading a row): a plain string, a prefixed name with one of
     * the row's prefixes, an IRI in brackets, each without an escape. Anything else (a number, a date, a language tag,
     * an escape, a blank node): null, for the tokenizer.
     */
    static Node simple(String text) {
        int n = text.length();
        if (n < 2 || text.indexOf('\\') >= 0) return null;
        char first = text.charAt(0), last = text.charAt(n - 1);
        if (first == '"') return last == '"' && text.indexOf('"', 1) == n - 1 ? NodeFactory.createLiteralString(text.substring(1, n - 1)) : null;
        if (first == '<') return last == '>' && text.indexOf('>') == n - 1 ? NodeFactory.createURI(text.substring(1, n - 1)) : null;
        int colon = text.indexOf(':');
        if (colon <= 0 || first == '_') return null;
        String ns = PREFIXES.getNsPrefixURI(text.substring(0, colon));
        return ns == null ? null : NodeFactory.createURI(ns + text.substring(colon + 1));
    }
}
