package org.chipgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.function.Predicate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.rdf.CG;

/**
 * What one write transaction did to the named graphs, as {@link SummaryGraph#refresh(DatasetGraph, WrittenGraphs)}
 * needs it: the summarised triples of every content removed or written, and for each fact between two entities
 * the graphs that newly state it. A fact that only gained graphs is brought in step by adding those graphs to its
 * tally ({@link FactTallies}); a fact that some graph stopped stating is recounted over all graphs that state it.
 *
 * <p>A graph's part of a fact's row is read from the graph's own claims, so adding a graph leaves the parts of the
 * others as they were only when the graph says nothing about the claims or documents of other graphs. That holds
 * for documents as chipgraph writes them (claims named from their document); a graph for which it does not hold
 * makes the whole write recount, as every write did before. The same condition lets the rows of entity-sources
 * change by claims ({@link #applySourceRows}) instead of re-reading every claim of each entity the write names.
 */
final class WrittenGraphs {
    private final Set<Triple> touched = new LinkedHashSet<>();
    private final Set<Triple> unstated = new HashSet<>();
    private final Map<Triple, List<Node>> newlyStated = new LinkedHashMap<>();
    private boolean additive = true;
    /** The rows of entity-sources the removed content gave (entity, text), read before it was deleted. */
    private final List<Map.Entry<Node, String>> sourceRowsGone = new ArrayList<>();
    /** The claims of the content written, whose rows are added, each with the graph that wrote it. */
    private final Map<Node, Node> claimsWritten = new LinkedHashMap<>();
    /** The written content of each graph of {@link #wroteAll}, for {@link #viewOf}. */
    private final Map<Node, WrittenGraphView.Content> contents = new HashMap<>();

    /** Changes known only by their triples (a SPARQL update, a streamed graph): every fact among them is recounted. */
    static WrittenGraphs recountAll(Collection<Triple> touched) {
        WrittenGraphs w = new WrittenGraphs();
        w.touched.addAll(touched);
        w.additive = false;
        return w;
    }

    WrittenGraphs() {}

    /** Call before the content of {@code g} is deleted. */
    void removing(DatasetGraph dsg, Node g) {
        Set<Triple> old = SummaryGraph.touchedIn(dsg, g);
        touched.addAll(old);
        unstated.addAll(old);
        if (!additive) return;
        Set<Node> claims = new HashSet<>();
        for (Triple t : old) if (CG.rdfSubject.equals(t.getPredicate())) claims.add(t.getSubject());
        // content about another graph's claim or document changes rows these claims do not give
        for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext() && additive;) {
            Quad q = it.next();
            if (SourceRows.reads(q.getPredicate()) && !q.getSubject().equals(g) && !claims.contains(q.getSubject())) additive = false;
        }
        if (additive) additive = onlyItsOwn(dsg, g, claims);
        if (additive) for (Node c : claims) SourceRows.rowTexts(dsg, c, (e, text) -> sourceRowsGone.add(Map.entry(e, text)));
    }

    /** Call after {@code quads}, the whole new content of {@code g}, were added to the store. */
    void wrote(DatasetGraph dsg, Node g, Collection<Quad> quads) {
        Set<Node> claims = claims(quads);
        scan(g, quads, claims);
        if (additive) additive = onlyItsOwn(dsg, g, claims);
    }

    /**
     * Call after {@code graphs}, each the whole new content of a graph and no graph twice, were added to the store,
     * {@code isNew} telling which terms the store first held in that write ({@link IndexOrderInsert}). A new term
     * can only be stated by these graphs, so what other graphs say of a new document or claim is read from them, not
     * from the store; and a graph's own new document and claims, stated by it alone, are read from its quads when its
     * facts' rows are added to ({@link #viewOf}).
     */
    void wroteAll(DatasetGraph dsg, Map<Node, Collection<Quad>> graphs, Predicate<Node> isNew) {
        Map<Node, Set<Node>> bySubject = new HashMap<>();
        Map<Node, Set<Node>> claimedIn = new HashMap<>();
        Map<Node, Set<Node>> derivedIn = new HashMap<>();
        graphs.forEach((g, quads) -> {
            for (Quad q : quads) {
                bySubject.computeIfAbsent(q.getSubject(), k -> new HashSet<>(2)).add(g);
                if (CG.rdfSubject.equals(q.getPredicate())) claimedIn.computeIfAbsent(q.getSubject(), k -> new HashSet<>(2)).add(g);
                if (CG.wasDerivedFrom.equals(q.getPredicate())) derivedIn.computeIfAbsent(q.getObject(), k -> new HashSet<>(2)).add(g);
            }
        });
        graphs.forEach((g, quads) -> {
            Set<Node> claims = claims(quads);
            scan(g, quads, claims);
            if (additive) additive = onlyItsOwn(dsg, g, claims, isNew, claimedIn, derivedIn);
            Set<Node> own = new HashSet<>();
            for (Node s : claims) if (isNew.test(s) && Set.of(g).equals(bySubject.get(s))) own.add(s);
            if (isNew.test(g) && Set.of(g).equals(bySubject.getOrDefault(g, Set.of(g)))) own.add(g);
            contents.put(g, new WrittenGraphView.Content(g, quads, own));
        });
    }

    private static Set<Node> claims(Collection<Quad> quads) {
        Set<Node> claims = new HashSet<>();
        for (Quad q : quads) if (CG.rdfSubject.equals(q.getPredicate())) claims.add(q.getSubject());
        return claims;
    }

    private void scan(Node g, Collection<Quad> quads, Set<Node> claims) {
        for (Node c : claims) claimsWritten.put(c, g);
        for (Quad q : quads) {
            Triple t = q.asTriple();
            if (SummaryGraph.touches(q.getPredicate(), q.getObject())) touched.add(t);
            if (SummaryGraph.summarises(q.getPredicate(), q.getObject()) && SummaryGraph.cited(t)) {
                newlyStated.computeIfAbsent(t, k -> new ArrayList<>(2)).add(g);
            }
            // a triple about another graph's claim or document would change that graph's part of a row
            if (additive && (ClaimRows.reads(q.getPredicate()) || SourceRows.reads(q.getPredicate())) && !q.getSubject().equals(g)
                    && !claims.contains(q.getSubject())) additive = false;
        }
    }

    /** As {@link #onlyItsOwn(DatasetGraph, Node, Set)}, reading a new document's or claim's other statements from the written graphs. */
    private static boolean onlyItsOwn(DatasetGraph dsg, Node g, Set<Node> claims, Predicate<Node> isNew, Map<Node, Set<Node>> claimedIn,
            Map<Node, Set<Node>> derivedIn) {
        if (isNew.test(g)) {
            for (Node h : derivedIn.getOrDefault(g, Set.of())) if (!g.equals(h)) return false;
        } else if (derivedElsewhere(dsg, g)) {
            return false;
        }
        for (Node c : claims) {
            if (isNew.test(c)) {
                for (Node h : claimedIn.getOrDefault(c, Set.of())) if (!g.equals(h)) return false;
            } else if (claimedElsewhere(dsg, g, c)) {
                return false;
            }
        }
        return true;
    }

    /** True when no other graph states a claim of {@code g} or derives a claim from it. */
    private static boolean onlyItsOwn(DatasetGraph dsg, Node g, Set<Node> claims) {
        if (derivedElsewhere(dsg, g)) return false;
        for (Node c : claims) if (claimedElsewhere(dsg, g, c)) return false;
        return true;
    }

    private static boolean derivedElsewhere(DatasetGraph dsg, Node g) {
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, CG.wasDerivedFrom, g); it.hasNext();) {
            if (!g.equals(it.next().getGraph())) return true;
        }
        return false;
    }

    private static boolean claimedElsewhere(DatasetGraph dsg, Node g, Node c) {
        for (Iterator<Quad> it = dsg.findNG(Node.ANY, c, CG.rdfSubject, Node.ANY); it.hasNext();) {
            if (!g.equals(it.next().getGraph())) return true;
        }
        return false;
    }

    /** What the rows of a fact read of graph {@code g}: its written quads when they were kept ({@link #wroteAll}), else the store. */
    DatasetGraph viewOf(DatasetGraph dsg, Node g) {
        WrittenGraphView.Content c = contents.get(g);
        return c == null ? dsg : new WrittenGraphView(dsg, c);
    }

    Set<Triple> touched() { return touched; }

    /**
     * Brings the rows of entity-sources in step by the claims removed and written, when every graph of the write spoke
     * only of its own claims and documents; returns false when it did not (the caller recomputes the rows of every
     * entity the write's claims link to).
     */
    boolean applySourceRows(DatasetGraph dsg) {
        if (!additive) return false;
        // a written claim's rows are read through its graph's view: a new claim's properties come from the batch
        SourceRows.apply(dsg, sourceRowsGone, claimsWritten.keySet(), c -> viewOf(dsg, claimsWritten.get(c)));
        return true;
    }

    /** The graphs that newly state the fact {@code t}, when that is all that changed for it; null when it must be recounted. */
    List<Node> addedOnly(Triple t) {
        if (!additive || unstated.contains(t)) return null;
        return newlyStated.get(t);
    }
}
