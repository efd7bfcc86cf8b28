package org.chipgraph.store;

import java.util.Iterator;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.rdf.CG;

/**
 * The precomputed, print-ready row of {@code who-supplies} per fact "supplier supplies customer", on the fact's node in
 * the summary graph: {@code cg:supplyRow "sources␟file␟evidence"} (U+001F between fields): the graphs stating the
 * fact, and of its claims (denied ones too, as the question showed them) the first with a sentence or row, by its
 * graph's IRI and then its own, with its graph's file name and its sentence, else "row N". The question counted the
 * graphs and sorted the claims of every supplier of the company per request (a common supply fact is stated by
 * hundreds of documents at 10 M quads); it now reads one term per supplier. Like {@link ClaimRows}, a row depends only
 * on the graphs stating the fact, so the facts a write touches are the rows it refreshes.
 */
final class SupplyRows {
    static final Node SUPPLY_ROW = NodeFactory.createURI("https://w3id.org/chipgraph/ontology#supplyRow");
    private static final Node SUPPLIES = CG.term("supplies");

    private SupplyRows() {}

    static boolean applies(Triple t) {
        return SUPPLIES.equals(t.getPredicate()) && t.getSubject().isURI() && t.getObject().isURI();
    }

    /** Emits the row of {@code t} when some claim of it can be cited; only reads {@code dsg}. */
    static void emit(DatasetGraph dsg, Triple t, Consumer<Quad> out) {
        if (applies(t)) tally(dsg, t).emit(t, out);
    }

    /** The tally of every graph that states {@code t}; only reads {@code dsg}. */
    static Tally tally(DatasetGraph dsg, Triple t) {
        Tally tally = new Tally();
        for (Iterator<Node> gs = SummaryGraph.sourceGraphs(dsg, t); gs.hasNext();) tally.add(dsg, gs.next(), t);
        return tally;
    }

    /** The row summed graph by graph, in any order (a count and a least key): a graph that newly states the fact is added alone. */
    static final class Tally {
        private long sources;
        private String bestKey;
        private String bestFile;
        private String bestEvidence;

        /** Adds graph {@code g}, which states {@code t} and must not be in the tally yet. */
        void add(DatasetGraph dsg, Node g, Triple t) {
            sources++;
            String file = least(dsg, g, g, CG.fileName);
            if (file == null) return; // the question's claim needs its graph's file name
            for (Node claim : FactSources.claimsOf(dsg, g, t)) {
                String sentence = least(dsg, Node.ANY, claim, CG.sentence);
                String row = least(dsg, Node.ANY, claim, CG.row);
                String evidence = sentence != null ? sentence : row != null ? "row " + row : "";
                // the question's order: claims with a sentence or row first, then by graph IRI, then claim IRI
                String key = (sentence != null || row != null ? "0" : "1") + iri(g) + '\u0000' + iri(claim);
                if (bestKey == null || key.compareTo(bestKey) < 0) {
                    bestKey = key;
                    bestFile = file;
                    bestEvidence = evidence;
                }
            }
        }

        void emit(Triple t, Consumer<Quad> out) {
            if (bestKey == null) return;
            Node fact = SummaryGraph.factNode(t.getSubject(), t.getPredicate(), t.getObject());
            String text = String.join(ClaimRows.SEPARATOR, Long.toString(sources), bestFile, bestEvidence);
            out.accept(Quad.create(SummaryGraph.NODE, fact, SUPPLY_ROW, NodeFactory.createLiteralString(text)));
        }
    }

    private static String iri(Node n) { return n.isURI() ? n.getURI() : n.toString(); }

    /** The least lexical form of (s, p) in {@code g} (or any graph but the summary), or null. */
    private static String least(DatasetGraph dsg, Node g, Node s, Node p) {
        TreeSet<String> out = new TreeSet<>();
        for (Iterator<Quad> it = dsg.find(g, s, p, Node.ANY); it.hasNext();) {
            Quad q = it.next();
            if (SummaryGraph.isSummary(q.getGraph())) continue;
            Node o = q.getObject();
            out.add(o.isLiteral() ? o.getLiteralLexicalForm() : iri(o));
        }
        return out.isEmpty() ? null : out.first();
    }

    /** True when a supply fact of the summary has a row to give but the summary holds none (a summary from before them). */
    static boolean rowsMissing(DatasetGraph dsg) {
        if (dsg.find(SummaryGraph.NODE, Node.ANY, SUPPLY_ROW, Node.ANY).hasNext()) return false;
        for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, SUPPLIES, Node.ANY); it.hasNext();) {
            boolean[] any = new boolean[1];
            emit(dsg, it.next().asTriple(), q -> any[0] = true);
            if (any[0]) return true;
        }
        return false;
    }
}
