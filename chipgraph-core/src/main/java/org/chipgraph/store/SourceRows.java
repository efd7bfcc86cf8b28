package org.chipgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.rdf.CG;

/**
 * The precomputed rows of {@code entity-sources}: on each entity in the summary graph, one {@code cg:sourceRow}
 * literal per claim with the entity as its subject or object ({@link SourceRow}). The question read ten properties
 * of each claim from the union of the graphs (about 1,300 claims for a hub entity at 10 M quads); it now reads one
 * literal per row.
 *
 * <p>A row depends on the claim's own properties and its document's file name. A write of whole graphs that speak only
 * of their own claims changes the rows by claims ({@link #apply}: the removed claims' rows, read before the delete,
 * dropped; the written claims' rows added). Any other write reports the {@code rdf:subject}/{@code rdf:object} quads
 * it touches ({@link #links}), and each entity they name has its rows recomputed from all its claims, only the
 * difference written ({@link #refresh}); a SPARQL update of a claim's other properties reports the claim's links
 * ({@link #linksOf}). Labels are not in the rows (the question reads them when it runs), so a relabelling changes no row.
 */
final class SourceRows {
    static final Node SOURCE_ROW = CG.term("sourceRow");
    /** The properties a row is made of: a change of one of them may change a row. */
    private static final Set<Node> READ = Set.of(CG.rdfSubject, CG.rdfPredicate, CG.rdfObject, CG.wasDerivedFrom, CG.stance,
            CG.confidence, CG.fileName, CG.sentence, CG.charStart, CG.charEnd, CG.row);

    /** Documents whose file names a rebuild keeps at a time ({@link RecentValues}). */
    private static final int RECENT_DOCUMENTS = 4096;

    private SourceRows() {}

    /** True for a claim's link to an entity, the quads a write reports so that the entity's rows are refreshed. */
    static boolean links(Node p, Node o) {
        return (CG.rdfSubject.equals(p) || CG.rdfObject.equals(p)) && o.isURI();
    }

    /** True when a triple with this predicate may change a row. */
    static boolean reads(Node p) { return READ.contains(p); }

    /**
     * The links of the claims whose rows a changed quad may change (for a claim's property, the claim; for a
     * document's file name, the claims derived from it). Read before and after an update (a deleted link is only
     * found before).
     */
    static void linksOf(DatasetGraph dsg, Quad q, Collection<Triple> out) {
        if (!READ.contains(q.getPredicate())) return;
        if (CG.fileName.equals(q.getPredicate())) {
            dsg.find(Node.ANY, Node.ANY, CG.wasDerivedFrom, q.getSubject()).forEachRemaining(c -> linksOfClaim(dsg, c.getSubject(), out));
        } else linksOfClaim(dsg, q.getSubject(), out);
    }

    private static void linksOfClaim(DatasetGraph dsg, Node claim, Collection<Triple> out) {
        for (Node p : List.of(CG.rdfSubject, CG.rdfObject))
            for (Node e : objects(dsg, claim, p)) if (e.isURI()) out.add(Triple.create(claim, p, e));
    }

    /** Brings the rows of {@code entities} in step with their claims, writing only what changed. */
    static void refresh(DatasetGraph dsg, Collection<Node> entities) {
        for (Node e : entities) {
            Set<Node> now = new LinkedHashSet<>(rowsOf(dsg, e));
            List<Quad> gone = new ArrayList<>();
            for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, e, SOURCE_ROW, Node.ANY); it.hasNext();) {
                Quad q = it.next();
                if (!now.remove(q.getObject())) gone.add(q);
            }
            gone.forEach(dsg::delete);
            for (Node r : now) dsg.add(SummaryGraph.NODE, e, SOURCE_ROW, r);
        }
    }

    /**
     * The rows of claim {@code c} as they stand on each entity it links to, without their occurrence numbers:
     * {@code out} gets (entity, text). Only reads.
     */
    static void rowTexts(DatasetGraph dsg, Node c, java.util.function.BiConsumer<Node, String> out) {
        ClaimProperties claim = ClaimProperties.of(dsg, c);
        List<SourceRow> rows = rowsOfClaim(claim, doc -> objects(dsg, doc, CG.fileName));
        if (rows.isEmpty()) return;
        for (Node e : claim.objects(CG.rdfSubject)) if (e.isURI()) for (SourceRow r : rows) out.accept(e, r.text('s', e));
        for (Node e : claim.objects(CG.rdfObject)) if (e.isURI()) for (SourceRow r : rows) out.accept(e, r.text('o', e));
    }

    /**
     * A write's change by claims instead of by entities: drops one occurrence of each row in {@code gone} (read before
     * the claims' graphs were deleted), then adds the rows of {@code claims} (read now) with the next free occurrence
     * number. Identical rows are interchangeable, so dropping the highest occurrence keeps the numbers 1..n, and the
     * rows are those {@link #rowsOf} gives (an entity with thousands of claims is not read again for each write).
     * Each claim's rows are read from {@code readClaim}'s answer for it, a view that answers as {@code dsg} does.
     */
    static void apply(DatasetGraph dsg, List<Map.Entry<Node, String>> gone, Collection<Node> claims,
            java.util.function.Function<Node, DatasetGraph> readClaim) {
        for (Map.Entry<Node, String> g : gone) {
            int n = 1;
            while (dsg.contains(SummaryGraph.NODE, g.getKey(), SOURCE_ROW, numbered(g.getValue(), n + 1))) n++;
            dsg.delete(SummaryGraph.NODE, g.getKey(), SOURCE_ROW, numbered(g.getValue(), n));
        }
        List<Map.Entry<Node, String>> added = new ArrayList<>();
        for (Node c : claims) rowTexts(readClaim.apply(c), c, (e, text) -> added.add(Map.entry(e, text)));
        // the new rows go in together, index by index (IndexOrderInsert); a row's number counts the ones before it
        Set<Quad> rows = new LinkedHashSet<>();
        for (Map.Entry<Node, String> a : added) {
            int n = 1;
            while (rows.contains(row(a.getKey(), a.getValue(), n)) || dsg.contains(SummaryGraph.NODE, a.getKey(), SOURCE_ROW, numbered(a.getValue(), n))) n++;
            rows.add(row(a.getKey(), a.getValue(), n));
        }
        IndexOrderInsert.add(dsg, rows);
    }

    private static Quad row(Node entity, String text, int n) {
        return Quad.create(SummaryGraph.NODE, entity, SOURCE_ROW, numbered(text, n));
    }

    private static Node numbered(String text, int n) {
        return NodeFactory.createLiteralString(text + SourceRow.SEPARATOR + (n == 1 ? "" : Integer.toString(n)));
    }

    /** The rows of {@code entity}, from every claim with it as subject or object; only reads. */
    static List<Node> rowsOf(DatasetGraph dsg, Node entity) {
        List<Node> out = new ArrayList<>();
        Function<Node, List<Node>> files = doc -> objects(dsg, doc, CG.fileName);
        numbered(rowsOfSide(dsg, entity, 's', claims(dsg, CG.rdfSubject, entity), files), out::add);
        numbered(rowsOfSide(dsg, entity, 'o', claims(dsg, CG.rdfObject, entity), files), out::add);
        return out;
    }

    /**
     * Emits the rows of every entity (for a rebuild; only reads). The links are read in the order TDB2 answers
     * {@code (?, ?, p, ?)} in (POSG), where the claims of one entity are adjacent.
     */
    static void emitAll(DatasetGraph dsg, Consumer<Quad> out) {
        // a document's file name is read for each of its claims, twice: asked of TDB2 once while it is recent
        Function<Node, List<Node>> files = new RecentValues<>(RECENT_DOCUMENTS, doc -> objects(dsg, doc, CG.fileName));
        emitSide(dsg, CG.rdfSubject, 's', files, out);
        emitSide(dsg, CG.rdfObject, 'o', files, out);
    }

    private static void emitSide(DatasetGraph dsg, Node link, char side, Function<Node, List<Node>> files, Consumer<Quad> out) {
        Node entity = null;
        Set<Node> claims = new LinkedHashSet<>();
        for (Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, link, Node.ANY); it.hasNext();) {
            Quad q = it.next();
            if (SummaryGraph.isSummary(q.getGraph()) || !q.getObject().isURI()) continue;
            if (!q.getObject().equals(entity)) {
                if (entity != null) emitEntity(dsg, entity, side, claims, files, out);
                entity = q.getObject();
                claims.clear();
            }
            claims.add(q.getSubject());
        }
        if (entity != null) emitEntity(dsg, entity, side, claims, files, out);
    }

    private static void emitEntity(DatasetGraph dsg, Node entity, char side, Set<Node> claims, Function<Node, List<Node>> files, Consumer<Quad> out) {
        numbered(rowsOfSide(dsg, entity, side, claims, files), r -> out.accept(Quad.create(SummaryGraph.NODE, entity, SOURCE_ROW, r)));
    }

    /** The claims with {@code entity} as their subject or object ({@code link}), each once. */
    private static Set<Node> claims(DatasetGraph dsg, Node link, Node entity) {
        Set<Node> out = new LinkedHashSet<>();
        for (Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, link, entity); it.hasNext();) {
            Quad q = it.next();
            if (!SummaryGraph.isSummary(q.getGraph())) out.add(q.getSubject());
        }
        return out;
    }

    /** Each row ends with its occurrence number among identical rows of the entity, empty for the first. */
    private static void numbered(List<String> rows, Consumer<Node> out) {
        Map<String, Integer> seen = new HashMap<>();
        for (String r : rows) out.accept(numbered(r, seen.merge(r, 1, Integer::sum)));
    }

    private static List<String> rowsOfSide(DatasetGraph dsg, Node entity, char side, Collection<Node> claims, Function<Node, List<Node>> files) {
        List<String> out = new ArrayList<>();
        for (Node c : claims) for (SourceRow r : rowsOfClaim(ClaimProperties.of(dsg, c), files)) out.add(r.text(side, entity));
        return out;
    }

    /**
     * The claim's rows as the question joined its properties over the union of the graphs: every combination of its
     * values, the sentence with both offsets or none, the table row or none.
     */
    static List<SourceRow> rowsOfClaim(DatasetGraph dsg, Node c) {
        return rowsOfClaim(ClaimProperties.of(dsg, c), doc -> objects(dsg, doc, CG.fileName));
    }

    /** As {@link #rowsOfClaim(DatasetGraph, Node)}, from the claim's properties and its documents' file names. */
    private static List<SourceRow> rowsOfClaim(ClaimProperties claim, Function<Node, List<Node>> fileNames) {
        List<Node[]> docFiles = new ArrayList<>();
        for (Node doc : claim.objects(CG.wasDerivedFrom)) for (Node f : fileNames.apply(doc)) docFiles.add(new Node[] {doc, f});
        List<Node> stances = claim.objects(CG.stance);
        List<Node> confidences = claim.objects(CG.confidence);
        List<Node> subjects = claim.objects(CG.rdfSubject);
        List<Node> relations = claim.objects(CG.rdfPredicate);
        List<Node> objs = claim.objects(CG.rdfObject);
        List<SourceRow> out = new ArrayList<>();
        if (docFiles.isEmpty() || stances.isEmpty() || confidences.isEmpty() || subjects.isEmpty() || relations.isEmpty() || objs.isEmpty()) return out;
        List<Node[]> sentences = new ArrayList<>(); // sentence, start, end
        for (Node s : claim.objects(CG.sentence))
            for (Node b : claim.objects(CG.charStart)) for (Node e : claim.objects(CG.charEnd)) sentences.add(new Node[] {s, b, e});
        if (sentences.isEmpty()) sentences.add(null);
        List<Node> rows = new ArrayList<>(claim.objects(CG.row));
        if (rows.isEmpty()) rows.add(null);
        for (Node s : subjects) for (Node p : relations) for (Node o : objs) for (Node[] f : docFiles) for (Node st : stances)
            for (Node conf : confidences) for (Node[] sen : sentences) for (Node row : rows) {
                String where = sen != null ? "chars " + str(sen[1]) + "-" + str(sen[2]) : row != null ? "row " + str(row) : null;
                Node evidence = sen != null ? sen[0] : NodeFactory.createLiteralString("");
                out.add(new SourceRow(s, p, o, st, conf, f[1], where, evidence));
            }
        return out;
    }

    private static String str(Node n) { return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString(); }

    /** The distinct objects of (s, p) over the named graphs but the summary: the question's union default graph. */
    private static List<Node> objects(DatasetGraph dsg, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        for (Iterator<Quad> it = dsg.findNG(Node.ANY, s, p, Node.ANY); it.hasNext();) {
            Quad q = it.next();
            if (!SummaryGraph.isSummary(q.getGraph())) out.add(q.getObject());
        }
        return new ArrayList<>(out);
    }

    /** True when some claim links to an entity but the summary holds no row (a summary from before the rows). */
    static boolean rowsMissing(DatasetGraph dsg) {
        if (dsg.find(SummaryGraph.NODE, Node.ANY, SOURCE_ROW, Node.ANY).hasNext()) return false;
        for (Node link : List.of(CG.rdfSubject, CG.rdfObject)) {
            int looked = 0; // a few claims tell: a store whose first thousand claims give no row has none to give
            for (Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, link, Node.ANY); it.hasNext() && looked++ < 1000;) {
                Quad q = it.next();
                if (!SummaryGraph.isSummary(q.getGraph()) && q.getObject().isURI() && !rowsOf(dsg, q.getObject()).isEmpty()) return true;
            }
        }
        return false;
    }
}
