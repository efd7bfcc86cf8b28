package org.chipgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.util.ExprUtils;
import org.chipgraph.rdf.CG;

/**
 * The precomputed, print-ready rows of {@code company-chips}: for each fact "company buys/orders/receives chip",
 * one literal per claim of it in a graph that states it, on the fact's node in the summary graph
 * ({@link SummaryGraph#factNode}), {@code cg:claimRow "quantity␟date␟stance IRI␟file␟evidence"} (fields split by
 * U+001F). The question read about ten terms per claim from TDB2 (claim, document, file name, quantity, bound,
 * date, sentence, row, stance), each a B+tree lookup and a node-table decode; it now reads one per row.
 *
 * <p>A row depends only on the claim and its document, and a claim sits in the graph that states its fact, so
 * recomputing the rows of every fact a write touches keeps them in step (as {@link FactSources} does); a SPARQL
 * update that changes a claim's own properties touches the claim's fact ({@link #factsOf}). The values are the
 * question's, computed as it computed them: one row per combination of the claim's values, the quantity by the
 * question's own expression. The chip's label and the stance's are not in the row: the question reads them from
 * the summary graph, once per entity ({@code cgf:label}), so a relabelling changes no row.
 */
final class ClaimRows {
    static final Node CLAIM_ROW = NodeFactory.createURI("https://w3id.org/chipgraph/ontology#claimRow");
    static final String SEPARATOR = "\u001F";
    private static final Set<Node> RELATIONS = Set.of(CG.term("buys"), CG.term("orders"), CG.term("receives"));
    private static final Node NOTATION = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#notation");
    /** The properties a row is made of: a change of one of them may change a row. */
    private static final Set<Node> READ = Set.of(CG.rdfSubject, CG.rdfPredicate, CG.rdfObject, CG.wasDerivedFrom, CG.stance,
            CG.fileName, CG.quantity, CG.quantityBound, NOTATION, CG.date, CG.sentence, CG.row);
    private static final Var QV = Var.alloc("qv");
    private static final Var SYM = Var.alloc("sym");
    /** company-chips' quantity, as the question wrote it (queries/company-chips.rq before the rows). */
    private static final Expr QUANTITY = ExprUtils.parse(
            "IF(BOUND(?qv), CONCAT(COALESCE(?sym, \"\"), IF(?qv = FLOOR(?qv), STR(xsd:integer(?qv)), STR(?qv))), \"\")",
            PrefixMapping.Factory.create().setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#"));

    private ClaimRows() {}

    /** True for a fact whose claims get rows. */
    static boolean applies(Triple t) {
        return RELATIONS.contains(t.getPredicate()) && t.getSubject().isURI() && t.getObject().isURI();
    }

    /** True when a triple with this predicate may change a row (so a SPARQL template writing it cannot skip the refresh). */
    static boolean reads(Node p) { return READ.contains(p); }

    /** Emits the rows of every claim of {@code t} (in the summary graph, on its fact node); only reads {@code dsg}. */
    static void emit(DatasetGraph dsg, Triple t, Consumer<Quad> out) {
        if (!applies(t)) return;
        Node fact = SummaryGraph.factNode(t.getSubject(), t.getPredicate(), t.getObject());
        List<String> rows = new ArrayList<>();
        for (Iterator<Node> gs = SummaryGraph.sourceGraphs(dsg, t); gs.hasNext();) {
            Node g = gs.next();
            for (Node claim : FactSources.claimsOf(dsg, g, t)) rowsOf(dsg, g, claim, rows);
        }
        // The question's rows are a multiset (two claims may read alike); a node holds a literal once, so each row
        // ends with its occurrence number, empty for the first: "...␟evidence␟" then "...␟evidence␟2".
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (String r : rows) {
            out.accept(Quad.create(SummaryGraph.NODE, fact, CLAIM_ROW, numbered(r, seen.merge(r, 1, Integer::sum))));
        }
    }

    /**
     * Adds the rows of the claims of {@code t} in graph {@code g}, a graph that newly states it, to the rows the
     * summary holds: each row takes the next occurrence number its text has free, so the rows are those
     * {@link #emit} gives for all graphs (a multiset: which claim has which number does not matter). Writes to {@code dsg}.
     */
    static void addGraph(DatasetGraph dsg, Node g, Triple t) {
        if (!applies(t)) return;
        Node fact = SummaryGraph.factNode(t.getSubject(), t.getPredicate(), t.getObject());
        List<String> rows = new ArrayList<>();
        for (Node claim : FactSources.claimsOf(dsg, g, t)) rowsOf(dsg, g, claim, rows);
        for (String r : rows) {
            int n = 1;
            Node text = numbered(r, n);
            while (dsg.contains(SummaryGraph.NODE, fact, CLAIM_ROW, text)) text = numbered(r, ++n);
            dsg.add(SummaryGraph.NODE, fact, CLAIM_ROW, text);
        }
    }

    private static Node numbered(String row, int n) {
        return NodeFactory.createLiteralString(row + SEPARATOR + (n == 1 ? "" : Integer.toString(n)));
    }

    /** The claim's rows: its document and stance in its graph, the rest from any graph (the question's union). */
    private static void rowsOf(DatasetGraph dsg, Node g, Node claim, List<String> rows) {
        List<Node> stances = objects(dsg, g, claim, CG.stance);
        List<String> files = new ArrayList<>();
        for (Node doc : objects(dsg, g, claim, CG.wasDerivedFrom)) {
            for (Node f : objects(dsg, Node.ANY, doc, CG.fileName)) if (f.isLiteral()) files.add(f.getLiteralLexicalForm());
        }
        if (stances.isEmpty() || files.isEmpty()) return;
        List<String> quantities = quantities(dsg, claim);
        List<String> dates = new ArrayList<>();
        for (Node d : objects(dsg, Node.ANY, claim, CG.date)) dates.add(d.isLiteral() ? d.getLiteralLexicalForm() : d.getURI());
        if (dates.isEmpty()) dates.add("");
        List<String> evidence = evidence(dsg, claim);
        for (Node st : stances) {
            if (!st.isURI()) continue;
            for (String f : files) for (String q : quantities) for (String d : dates) for (String e : evidence)
                rows.add(String.join(SEPARATOR, q, d, st.getURI(), f, e));
        }
    }

    private static List<String> quantities(DatasetGraph dsg, Node claim) {
        List<Node> values = objects(dsg, Node.ANY, claim, CG.quantity);
        if (values.isEmpty()) return List.of("");
        List<Node> symbols = new ArrayList<>();
        for (Node bound : objects(dsg, Node.ANY, claim, CG.quantityBound)) symbols.addAll(objects(dsg, Node.ANY, bound, NOTATION));
        List<String> out = new ArrayList<>();
        for (Node qv : values) {
            if (symbols.isEmpty()) out.add(quantity(qv, null));
            else for (Node sym : symbols) out.add(quantity(qv, sym));
        }
        return out;
    }

    private static String quantity(Node qv, Node sym) {
        var b = BindingFactory.builder().add(QV, qv);
        if (sym != null) b.add(SYM, sym);
        try {
            return QUANTITY.eval(b.build(), new FunctionEnvBase()).asNode().getLiteralLexicalForm();
        } catch (ExprEvalException e) {
            return ""; // a quantity that is not a number: the question left the cell empty
        }
    }

    /** COALESCE(?sentence, CONCAT("row ", STR(?row))) for every combination of the two (each optional), as the question joined them. */
    private static List<String> evidence(DatasetGraph dsg, Node claim) {
        List<Node> sentences = objects(dsg, Node.ANY, claim, CG.sentence);
        List<Node> rowNumbers = objects(dsg, Node.ANY, claim, CG.row);
        List<String> out = new ArrayList<>();
        for (Node s : sentences) {
            for (int i = 0; i < Math.max(1, rowNumbers.size()); i++) out.add(s.getLiteralLexicalForm());
        }
        if (sentences.isEmpty()) for (Node r : rowNumbers) out.add("row " + (r.isLiteral() ? r.getLiteralLexicalForm() : r.getURI()));
        if (out.isEmpty()) out.add(""); // neither: the question left the cell empty
        return out;
    }

    /** The distinct objects of (s, p) in graph {@code g}, or over the named graphs but the summary for {@code Node.ANY}. */
    private static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        Iterator<Quad> it = g == Node.ANY ? dsg.findNG(Node.ANY, s, p, Node.ANY) : dsg.find(g, s, p, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (!SummaryGraph.isSummary(q.getGraph())) out.add(q.getObject());
        }
        return new ArrayList<>(out);
    }

    /**
     * The facts whose rows (these and {@link SupplyRows}) a changed quad may change: for a claim's property, the claim's fact; for a document's file
     * name, the facts of its claims. Read before and after an update (a deleted claim is only found before).
     */
    static void factsOf(DatasetGraph dsg, Quad q, Collection<Triple> out) {
        if (!READ.contains(q.getPredicate())) return;
        if (CG.fileName.equals(q.getPredicate())) {
            dsg.find(Node.ANY, Node.ANY, CG.wasDerivedFrom, q.getSubject()).forEachRemaining(c -> factOf(dsg, c.getSubject(), out));
        } else if (NOTATION.equals(q.getPredicate())) {
            dsg.find(Node.ANY, Node.ANY, CG.quantityBound, q.getSubject()).forEachRemaining(c -> factOf(dsg, c.getSubject(), out));
        } else factOf(dsg, q.getSubject(), out);
    }

    private static void factOf(DatasetGraph dsg, Node claim, Collection<Triple> out) {
        for (Node s : objects(dsg, Node.ANY, claim, CG.rdfSubject))
            for (Node p : objects(dsg, Node.ANY, claim, CG.rdfPredicate))
                for (Node o : objects(dsg, Node.ANY, claim, CG.rdfObject)) {
                    Triple t = Triple.create(s, p, o);
                    if (applies(t) || SupplyRows.applies(t)) out.add(t);
                }
    }

    /** True when a fact of the summary has claim rows to give but the summary holds none (a summary from before them). */
    static boolean rowsMissing(DatasetGraph dsg) {
        if (dsg.find(SummaryGraph.NODE, Node.ANY, CLAIM_ROW, Node.ANY).hasNext()) return false;
        for (Node p : RELATIONS) {
            for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, p, Node.ANY); it.hasNext();) {
                boolean[] any = new boolean[1];
                emit(dsg, it.next().asTriple(), q -> any[0] = true);
                if (any[0]) return true;
            }
        }
        return false;
    }
}
