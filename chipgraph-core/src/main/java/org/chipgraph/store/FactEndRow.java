package org.chipgraph.store;

import java.util.ArrayList;
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
 * The row also holds what a page prints of the other entity: its labels in the summary graph (in index order; null
 * when one is not a plain or language-tagged string, then read as before) and, on a restriction's row on the control,
 * its {@link EndKind} (null on other rows). The text is a version mark, then each field as its length, ':' and its
 * characters, or '-' when absent (a citation may hold any character, so no separator would do): the other entity's
 * IRI, its kind's letter, its labels ('?' when not stored, else their number, then each label's text and language),
 * then the four values.
 */
public record FactEndRow(Node other, List<Node> otherLabels, EndKind kind, Node sourceCount, Node earliestDate, Node citation, Node seatCitation) {

    /** The relations whose facts have their rows on both ends (the ones the exposure and reach pages cite a page of). */
    public static final List<Node> RELATIONS = List.of(CG.term("restricts"), CG.term("buys"), CG.term("orders"), CG.term("receives"));
    /**
     * The rows' predicates end in the format's number (cg:restrictsObjectRow2): an older chipgraph writes its rows
     * under the predicates without it ({@link #EARLIER_PREDICATES}), never under these, so its rows cannot mix with
     * these unseen (one look-up per predicate finds any, and the store's rows are then rewritten on open).
     */
    private static final Map<Node, Node> ON_SUBJECT = predicates("ObjectRow2");
    private static final Map<Node, Node> ON_OBJECT = predicates("SubjectRow2");
    static final Set<Node> PREDICATES = Set.copyOf(java.util.stream.Stream.concat(ON_SUBJECT.values().stream(), ON_OBJECT.values().stream()).toList());
    /**
     * The predicates an older chipgraph writes its rows under (cg:restrictsObjectRow, ...): rows of the format before
     * the labels and kinds, and of this format as the build of session 31 wrote them; neither keeps these rows in step.
     */
    static final Set<Node> EARLIER_PREDICATES = Set.copyOf(java.util.stream.Stream.concat(predicates("ObjectRow").values().stream(),
            predicates("SubjectRow").values().stream()).toList());
    /** Starts a row of this format (a row without it is from before the labels and kinds, and is rewritten on open). */
    static final String VERSION = "2|";

    private static Map<Node, Node> predicates(String suffix) {
        return RELATIONS.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), r -> CG.term(r.getLocalName() + suffix)));
    }

    /** True when facts of the relation have rows on their ends. */
    public static boolean covers(Node relation) { return ON_SUBJECT.containsKey(relation); }

    /** The predicate of the rows a fact's subject holds (each naming the object), e.g. cg:restrictsObjectRow. */
    public static Node onSubject(Node relation) { return ON_SUBJECT.get(relation); }

    /** The predicate of the rows a fact's object holds (each naming the subject), e.g. cg:buysSubjectRow. */
    public static Node onObject(Node relation) { return ON_OBJECT.get(relation); }

    /** True for a row's text of this format. */
    static boolean current(String text) { return text.startsWith(VERSION); }

    /** The fact node's values as the row's text after the other entity (the same for both ends). */
    static String valuesText(Node sourceCount, Node earliestDate, Node citation, Node seatCitation) {
        StringBuilder b = new StringBuilder(256);
        for (Node n : new Node[] {sourceCount, earliestDate, citation, seatCitation}) field(b, n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        return b.toString();
    }

    /** What the row holds of the other entity, as text: its kind (or null) and labels (null: not stored). */
    static String otherText(EndKind kind, List<Node> labels) {
        StringBuilder b = new StringBuilder(64);
        b.append(kind == null ? '-' : kind.code);
        if (labels == null || !labels.stream().allMatch(FactEndRow::storable)) return b.append('?').toString();
        field(b, Integer.toString(labels.size()));
        for (Node l : labels) {
            field(b, l.getLiteralLexicalForm());
            field(b, l.getLiteralLanguage().isEmpty() ? null : l.getLiteralLanguage());
        }
        return b.toString();
    }

    /** A label the row can hold and give back equal: a plain or language-tagged string without a text direction. */
    private static boolean storable(Node l) {
        if (!l.isLiteral() || l.getLiteralBaseDirection() != null) return false;
        return l.getLiteralLanguage().isEmpty() ? XSDDatatype.XSDstring.equals(l.getLiteralDatatype()) : true;
    }

    /** The row's text: the version, the other entity, what the row holds of it ({@link #otherText}), then the values ({@link #valuesText}). */
    static String text(Node other, String otherText, String values) {
        StringBuilder b = new StringBuilder(other.getURI().length() + otherText.length() + values.length() + 12);
        b.append(VERSION);
        field(b, other.getURI());
        return b.append(otherText).append(values).toString();
    }

    private static void field(StringBuilder b, String s) {
        if (s == null) b.append('-');
        else b.append(s.length()).append(':').append(s);
    }

    /** The IRI of the entity a row's text names, read without the rest of the row (a page reads a row's rest only when it prints it). */
    public static String otherOf(String text) {
        if (!current(text)) throw new IllegalArgumentException("not a fact's row of this version: " + text);
        return new Reader(text, VERSION.length()).field();
    }

    /** Reads a row's text back; the count as xsd:integer and the rest as strings, as {@link FactSources} writes them. */
    public static FactEndRow parse(String text) {
        if (!current(text)) throw new IllegalArgumentException("not a fact's row of this version: " + text);
        Reader r = new Reader(text, VERSION.length());
        Node other = NodeFactory.createURI(r.field());
        char k = r.next();
        EndKind kind = k == '-' ? null : EndKind.of(k);
        List<Node> labels = null;
        if (r.peek() == '?') r.next();
        else {
            int n = Integer.parseInt(r.field());
            labels = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String lex = r.field(), lang = r.field();
                labels.add(lang == null ? NodeFactory.createLiteralString(lex) : NodeFactory.createLiteralLang(lex, lang));
            }
        }
        String count = r.field(), date = r.field(), citation = r.field(), seat = r.field();
        return new FactEndRow(other, labels, kind, count == null ? null : NodeFactory.createLiteralDT(count, XSDDatatype.XSDinteger),
                string(date), string(citation), string(seat));
    }

    /**
     * The row's citation and seat citation alone (either null), as {@link #parse} reads them: the other entity, its
     * labels, count and date skipped unread. A page cites a thousand rows, most of them whole only for these two.
     */
    public static Node[] citations(String text) {
        if (!current(text)) throw new IllegalArgumentException("not a fact's row of this version: " + text);
        Reader r = new Reader(text, VERSION.length());
        r.skip();
        r.next();
        if (r.peek() == '?') r.next();
        else for (int i = 2 * Integer.parseInt(r.field()); i > 0; i--) r.skip();
        r.skip();
        r.skip();
        return new Node[] {string(r.field()), string(r.field())};
    }

    private static Node string(String s) { return s == null ? null : NodeFactory.createLiteralString(s); }

    /** Reads the fields of a row's text in turn. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text, int at) {
            this.text = text;
            this.at = at;
        }

        char peek() { return text.charAt(at); }

        char next() { return text.charAt(at++); }

        /** Passes over the next field. */
        void skip() {
            if (text.charAt(at) == '-') at++;
            else {
                int colon = text.indexOf(':', at);
                at = colon + 1 + Integer.parseInt(text, at, colon, 10);
            }
        }

        /** The next field's text, null when absent ('-'). */
        String field() {
            if (text.charAt(at) == '-') {
                at++;
                return null;
            }
            int colon = text.indexOf(':', at);
            int length = Integer.parseInt(text, at, colon, 10);
            at = colon + 1 + length;
            return text.substring(colon + 1, at);
        }
    }
}
