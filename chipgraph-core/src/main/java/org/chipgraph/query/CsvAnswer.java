package org.chipgraph.query;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.NodeToLabelMap;

/**
 * A page as SPARQL CSV results, byte for byte what Jena's CSV writer gives (RFC 4180 lines ending CRLF, a cell
 * quoted when it holds a quote, comma or line break, an empty string as {@code ""}, an unbound cell empty), written
 * in one pass into one buffer with each entity labelled as it is written. Jena's writer flushed its encoder after
 * every cell and quoted through a regular expression compiled per cell, and the page was first copied into new
 * rows by {@link Labels#apply}: together about a third of serving a 1,000-row page.
 */
public final class CsvAnswer {
    private static final String NL = "\r\n";

    private CsvAnswer() {}

    /** The rows' cells in the order of {@code vars}, each value passed through {@code label} first (an IRI to its name). */
    public static byte[] bytes(List<Var> vars, Iterable<Binding> rows, UnaryOperator<Node> label) {
        StringBuilder out = new StringBuilder(16 * 1024);
        NodeToLabelMap bnodes = new NodeToLabelMap();
        for (int i = 0; i < vars.size(); i++) {
            if (i > 0) out.append(',');
            safe(out, vars.get(i).getVarName());
        }
        out.append(NL);
        for (Binding b : rows) {
            for (int i = 0; i < vars.size(); i++) {
                if (i > 0) out.append(',');
                Node n = b.get(vars.get(i));
                if (n != null) safe(out, text(label.apply(n), bnodes));
            }
            out.append(NL);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A literal's lexical form, an IRI, a blank node's label in this answer ("?" for any other term), as Jena writes them. */
    private static String text(Node n, NodeToLabelMap bnodes) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isURI()) return n.getURI();
        if (n.isBlank()) { // "b0", "b1", ... in the order first met, as Jena's CSV writer labels them
            String l = bnodes.asString(n);
            return l.startsWith("_:") ? l.substring(2) : l;
        }
        return "?";
    }

    /** The cell quoted (its quotes doubled) when it holds a quote, a comma or a line break; the empty string as {@code ""}. */
    private static void safe(StringBuilder out, String s) {
        if (s.isEmpty()) {
            out.append("\"\"");
            return;
        }
        // String.indexOf scans in bulk; a page's cells are mostly long sentences (a char-by-char scan was 6 % of a page)
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            out.append(s);
            return;
        }
        out.append('"');
        int from = 0;
        for (int q = s.indexOf('"'); q >= 0; q = s.indexOf('"', q + 1)) {
            out.append(s, from, q + 1).append('"');
            from = q + 1;
        }
        out.append(s, from, s.length()).append('"');
    }
}
