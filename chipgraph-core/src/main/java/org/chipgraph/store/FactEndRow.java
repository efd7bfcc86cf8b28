package org.chipgraph.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.chipgraph.rdf.CG;

/**
 * A fact's precomputed values ({@link FactSources}: source count, earliest date, citation, seat citation; any may be
 * absent) stored on one of its two entities, naming the other: {@code ?control cg:restrictsObjectRow "..."} on the
 * subject, {@code ?chip cg:buysSubjectRow "..."} on the object ({@link FactEndRows} keeps them). A page that cites a
 * thousand facts of one entity reads them in one range read of that entity instead of a look-up of each fact's node.
 * The text is each field as its length, ':' and its characters, or '-' when absent: the other entity's IRI, then the
 * four values (a citation may hold any character, so no separator would do).
 */
public record FactEndRow(Node other, Node sourceCount, Node earliestDate, Node citation, Node seatCitation) {

    /** The relations whose facts have their rows on both ends (the ones the exposure and reach pages cite a page of). */
    public static final List<Node> RELATIONS = List.of(CG.term("restricts"), CG.term("buys"), CG.term("orders"), CG.term("receives"));
    private static final Map<Node, Node> ON_SUBJECT = predicates("ObjectRow");
    private static final Map<Node, Node> ON_OBJECT = predicates("SubjectRow");
    static final Set<Node> PREDICATES = Set.copyOf(java.util.stream.Stream.concat(ON_SUBJECT.values().stream(), ON_OBJECT.values().stream()).toList());

    private static Map<Node, Node> predicates(String suffix) {
        return RELATIONS.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), r -> CG.term(r.getLocalName() + suffix)));
    }

    /** True when facts of the relation have rows on their ends. */
    public static boolean covers(Node relation) { return ON_SUBJECT.containsKey(relation); }

    /** The predicate of the rows a fact's subject holds (each naming the object), e.g. cg:restrictsObjectRow. */
    public static Node onSubject(Node relation) { return ON_SUBJECT.get(relation); }

    /** The predicate of the rows a fact's object holds (each naming the subject), e.g. cg:buysSubjectRow. */
    public static Node onObject(Node relation) { return ON_OBJECT.get(relation); }

    /** The fact node's values as the row's text after the other entity (the same for both ends). */
    static String valuesText(Node sourceCount, Node earliestDate, Node citation, Node seatCitation) {
        StringBuilder b = new StringBuilder(256);
        for (Node n : new Node[] {sourceCount, earliestDate, citation, seatCitation}) field(b, n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        return b.toString();
    }

    /** The row's text: the other entity, then the values ({@link #valuesText}). */
    static String text(Node other, String values) {
        StringBuilder b = new StringBuilder(other.getURI().length() + values.length() + 8);
        field(b, other.getURI());
        return b.append(values).toString();
    }

    private static void field(StringBuilder b, String s) {
        if (s == null) b.append('-');
        else b.append(s.length()).append(':').append(s);
    }

    /** Reads a row's text back; the count as xsd:integer and the rest as strings, as {@link FactSources} writes them. */
    public static FactEndRow parse(String text) {
        String[] f = new String[5];
        int at = 0;
        for (int i = 0; i < f.length; i++) {
            if (text.charAt(at) == '-') {
                at++;
                continue;
            }
            int colon = text.indexOf(':', at);
            int length = Integer.parseInt(text, at, colon, 10);
            f[i] = text.substring(colon + 1, colon + 1 + length);
            at = colon + 1 + length;
        }
        return new FactEndRow(NodeFactory.createURI(f[0]), f[1] == null ? null : NodeFactory.createLiteralDT(f[1], XSDDatatype.XSDinteger),
                string(f[2]), string(f[3]), string(f[4]));
    }

    private static Node string(String s) { return s == null ? null : NodeFactory.createLiteralString(s); }
}
