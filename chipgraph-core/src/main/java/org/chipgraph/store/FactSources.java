package org.chipgraph.store;

import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The precomputed answer row of one fact between two entities, on its fact node in the summary graph
 * ({@link SummaryGraph#factNode}): what the questions used to compute per row by a sub-query over every graph
 * stating the fact (hundreds for a common fact at 10 M quads), read instead by one lookup.
 * <ul>
 * <li>{@code cg:citation}, {@code cg:seatCitation}: of the claims not denied, the first by the IRI of its graph and
 * then its own, those with a sentence or row before those without: "file: sentence" or "file row N", and "file:
 * sentence". Chosen by IRIs, never by TDB2's node ids: compaction renumbers nodes, and a choice by index order
 * then cited another document than a rebuild would (the crash test's compacting kill points found it);</li>
 * <li>{@code cg:sourceCount}: the document graphs with a claim of the fact that is not denied, and
 * {@code cg:earliestDate}: the least of those claims' dates as text, "" when one of them has none (control-reach's
 * count and MIN); both absent when every claim is denied.</li>
 * </ul>
 * A fact's row depends only on the graphs that state it, so refreshing the facts a write touches keeps every row in step.
 */
final class FactSources {
    private static final String CG = "https://w3id.org/chipgraph/ontology#";
    static final Node CITATION = NodeFactory.createURI(CG + "citation");
    static final Node SEAT_CITATION = NodeFactory.createURI(CG + "seatCitation");
    static final Node SOURCE_COUNT = NodeFactory.createURI(CG + "sourceCount");
    static final Node EARLIEST_DATE = NodeFactory.createURI(CG + "earliestDate");
    // the claim vocabulary is the rdf stage's (rdf/CG); only the stance "Denied" has no constant there
    private static final Node RDF_SUBJECT = org.chipgraph.rdf.CG.rdfSubject;
    private static final Node RDF_PREDICATE = org.chipgraph.rdf.CG.rdfPredicate;
    private static final Node RDF_OBJECT = org.chipgraph.rdf.CG.rdfObject;
    private static final Node FILE_NAME = org.chipgraph.rdf.CG.fileName;
    private static final Node STANCE = org.chipgraph.rdf.CG.stance;
    private static final Node DENIED = NodeFactory.createURI(CG + "Denied");
    private static final Node SENTENCE = org.chipgraph.rdf.CG.sentence;
    private static final Node ROW = org.chipgraph.rdf.CG.row;
    private static final Node DATE = org.chipgraph.rdf.CG.date;

    private FactSources() {}

    /** Emits the row quads of {@code t} (in the summary graph, on its fact node); only reads {@code dsg}. */
    static void emit(DatasetGraph dsg, Triple t, Consumer<Quad> out) {
        tally(dsg, t).emit(dsg, t, out);
    }

    /** As {@link #emit(DatasetGraph, Triple, Consumer)}, each graph's file name asked of {@code fileNames} ({@link #fileName}). */
    static void emit(DatasetGraph dsg, Triple t, Consumer<Quad> out, Function<Node, Node> fileNames) {
        tally(dsg, t, fileNames).emit(dsg, t, out);
    }

    /** The tally of every graph that states {@code t}; only reads {@code dsg}. */
    static Tally tally(DatasetGraph dsg, Triple t) {
        return tally(dsg, t, g -> fileName(dsg, g));
    }

    private static Tally tally(DatasetGraph dsg, Triple t, Function<Node, Node> fileNames) {
        Tally tally = new Tally();
        for (Iterator<Node> gs = SummaryGraph.sourceGraphs(dsg, t); gs.hasNext();) {
            Node g = gs.next();
            tally.add(dsg, g, t, fileNames.apply(g));
        }
        return tally;
    }

    /** The file name of document graph {@code g} (its own {@code cg:fileName} in it), or null. */
    static Node fileName(DatasetGraph dsg, Node g) {
        return first(dsg, g, g, FILE_NAME);
    }

    /**
     * What a fact's row is made of, summed graph by graph: a graph's part depends only on the graph, and the sum
     * does not depend on the order the graphs come in (a count, a least date, a least citation key), so a graph
     * that newly states the fact is added to the tally of the others without reading them again.
     */
    static final class Tally {
        private long sources;
        private String earliest;
        private boolean undated;
        private String bestKey;
        private boolean bestHasEvidence;
        private String bestFile;
        private Node bestClaim;

        /** Adds the claims of {@code t} in graph {@code g}, which must not be in the tally yet. */
        void add(DatasetGraph dsg, Node g, Triple t) {
            add(dsg, g, t, fileName(dsg, g));
        }

        private void add(DatasetGraph dsg, Node g, Triple t, Node file) {
            if (file == null || !file.isLiteral()) return;
            boolean asserts = false;
            for (Node claim : claimsOf(dsg, g, t)) {
                if (dsg.find(Node.ANY, claim, STANCE, DENIED).hasNext()) continue;
                asserts = true;
                boolean dated = false;
                for (Iterator<Quad> ds = dsg.find(g, claim, DATE, Node.ANY); ds.hasNext();) {
                    Node d = ds.next().getObject();
                    String text = d.isLiteral() ? d.getLiteralLexicalForm() : d.toString();
                    if (earliest == null || text.compareTo(earliest) < 0) earliest = text;
                    dated = true;
                }
                undated |= !dated;
                String key = (g.isURI() ? g.getURI() : g.toString()) + '\u0000' + (claim.isURI() ? claim.getURI() : claim.toString());
                if (bestKey != null && bestHasEvidence && key.compareTo(bestKey) >= 0) continue; // cannot be cited: no evidence lookups
                boolean evidence = first(dsg, Node.ANY, claim, SENTENCE) != null || first(dsg, Node.ANY, claim, ROW) != null;
                if (bestKey == null || (evidence && !bestHasEvidence) || (evidence == bestHasEvidence && key.compareTo(bestKey) < 0)) {
                    bestKey = key;
                    bestHasEvidence = evidence;
                    bestFile = file.getLiteralLexicalForm();
                    bestClaim = claim;
                }
            }
            if (asserts) sources++;
        }

        /** Emits the row quads of the tally of {@code t}; only reads {@code dsg} (the cited claim's sentence or row). */
        void emit(DatasetGraph dsg, Triple t, Consumer<Quad> out) {
            Node fact = SummaryGraph.factNode(t.getSubject(), t.getPredicate(), t.getObject());
            if (bestClaim != null) cite(dsg, fact, bestFile, bestClaim, out);
            if (sources > 0) {
                out.accept(Quad.create(SummaryGraph.NODE, fact, SOURCE_COUNT, count(sources)));
                out.accept(Quad.create(SummaryGraph.NODE, fact, EARLIEST_DATE, NodeFactory.createLiteralString(undated ? "" : earliest)));
            }
        }
    }

    /**
     * The claims of {@code t} in graph {@code g}. A table's claims share their subject (a list restricts 2 M
     * entities) or their object, so reading one side alone is quadratic over a table (a 2 M-row list's summary did
     * not finish in 20 minutes): the claims naming the subject and those naming the object are read in turn, one
     * of each, and the side that ends first holds every candidate, so the cost is twice the smaller side.
     */
    static java.util.List<Node> claimsOf(DatasetGraph dsg, Node g, Triple t) {
        Iterator<Quad> bySubject = dsg.find(g, Node.ANY, RDF_SUBJECT, t.getSubject());
        Iterator<Quad> byObject = dsg.find(g, Node.ANY, RDF_OBJECT, t.getObject());
        java.util.List<Node> fromSubject = new java.util.ArrayList<>();
        java.util.List<Node> fromObject = new java.util.ArrayList<>();
        java.util.List<Node> side;
        while (true) {
            if (!bySubject.hasNext()) { side = fromSubject; break; }
            fromSubject.add(bySubject.next().getSubject());
            if (!byObject.hasNext()) { side = fromObject; break; }
            fromObject.add(byObject.next().getSubject());
        }
        java.util.List<Node> out = new java.util.ArrayList<>();
        boolean subjectSide = side == fromSubject; // its candidates were read by their subject link: not asked again
        for (Node c : side) {
            if ((!subjectSide || dsg.contains(g, c, RDF_OBJECT, t.getObject())) && dsg.contains(g, c, RDF_PREDICATE, t.getPredicate())
                    && (subjectSide || dsg.contains(g, c, RDF_SUBJECT, t.getSubject()))) out.add(c);
        }
        return out;
    }

    private static void cite(DatasetGraph dsg, Node fact, String file, Node claim, Consumer<Quad> out) {
        Node sentence = first(dsg, Node.ANY, claim, SENTENCE);
        Node row = first(dsg, Node.ANY, claim, ROW);
        String text = sentence != null ? sentence.getLiteralLexicalForm() : null;
        if (text != null) out.accept(Quad.create(SummaryGraph.NODE, fact, CITATION, NodeFactory.createLiteralString(file + ": " + text)));
        else if (row != null) out.accept(Quad.create(SummaryGraph.NODE, fact, CITATION, NodeFactory.createLiteralString(file + " row " + row.getLiteralLexicalForm())));
        out.accept(Quad.create(SummaryGraph.NODE, fact, SEAT_CITATION, NodeFactory.createLiteralString(file + ": " + (text == null ? "" : text))));
    }

    private static Node count(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        for (Iterator<Quad> it = dsg.find(g, s, p, Node.ANY); it.hasNext();) {
            Quad q = it.next();
            if (!SummaryGraph.isSummary(q.getGraph())) return q.getObject();
        }
        return null;
    }

    /** True when the summary cites facts but holds no counts (written before they were precomputed): a cited fact has a source. */
    static boolean countsMissing(DatasetGraph dsg) {
        return dsg.find(SummaryGraph.NODE, Node.ANY, SEAT_CITATION, Node.ANY).hasNext()
                && !dsg.find(SummaryGraph.NODE, Node.ANY, SOURCE_COUNT, Node.ANY).hasNext();
    }
}
