package org.chipgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * The store as the rows of a fact read it when one graph, just written, is added to the fact's tally: what that
 * graph states, and what any graph states of the graph's own new document and claims, answered from the quads
 * the write added instead of TDB2's indexes (a tally read about ten index lookups per graph and fact). Everything
 * else, and every write, goes to the store.
 *
 * <p>The answers are the store's: the graph's content in the store is exactly its written quads (it was emptied
 * first), and an own term ({@link Content#own}) is one the store first held in this write and that no other
 * written graph states anything of, so no other graph can. Only the order differs, so a pattern with a subject
 * that matches more than one quad is left to the store (a caller taking the first value gets the store's first);
 * a pattern without a subject (the claims of a fact, {@link FactSources#claimsOf}) and one with only a subject (a
 * claim's properties, {@link ClaimProperties}) have callers that do not depend on the order.
 */
final class WrittenGraphView extends DatasetGraphWrapper {

    /** The written quads of graph {@code g}, each once and in {@code g}, by subject; {@code own}: terms only {@code g} states. */
    record Content(Node g, List<Quad> quads, Map<Node, List<Quad>> bySubject, Map<Node, List<Quad>> byPredicate, Set<Node> own) {
        Content(Node g, Collection<Quad> written, Set<Node> own) {
            this(g, distinctIn(g, written), new HashMap<>(), new HashMap<>(), own);
            for (Quad q : quads) {
                bySubject.computeIfAbsent(q.getSubject(), k -> new ArrayList<>(4)).add(q);
                byPredicate.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>(4)).add(q);
            }
        }

        private static List<Quad> distinctIn(Node g, Collection<Quad> written) {
            Set<Quad> out = new LinkedHashSet<>();
            for (Quad q : written) out.add(q.getGraph().equals(g) ? q : new Quad(g, q.asTriple()));
            return new ArrayList<>(out);
        }
    }

    private final Content content;

    WrittenGraphView(DatasetGraph store, Content content) {
        super(store);
        this.content = content;
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        List<Quad> held = held(g, s, p, o);
        return held != null ? held.iterator() : super.find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        List<Quad> held = held(g, s, p, o);
        return held != null ? held.iterator() : super.findNG(g, s, p, o);
    }

    @Override
    public Iterator<Quad> find(Quad q) { return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        List<Quad> held = held(g, s, p, o);
        return held != null ? !held.isEmpty() : super.contains(g, s, p, o);
    }

    @Override
    public boolean contains(Quad q) { return contains(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); }

    /** The quads matching the pattern when the written content answers it as the store would, else null. */
    private List<Quad> held(Node g, Node s, Node p, Node o) {
        boolean inGraph = content.g().equals(g);
        boolean anyGraph = g == null || Node.ANY.equals(g);
        boolean anySubject = s == null || Node.ANY.equals(s);
        // a pattern without a subject reads the graph's quads of its predicate (in written order, as the whole list would)
        if (anySubject) return !inGraph ? null : matching(p == null || Node.ANY.equals(p) ? content.quads() : content.byPredicate().getOrDefault(p, List.of()), p, o);
        if (!inGraph && !(anyGraph && content.own().contains(s))) return null;
        List<Quad> out = matching(content.bySubject().getOrDefault(s, List.of()), p, o);
        // all of a subject's quads: read by ClaimProperties, which groups them by predicate and keeps no first value
        boolean whole = (p == null || Node.ANY.equals(p)) && (o == null || Node.ANY.equals(o));
        return out.size() > 1 && !whole ? null : out;
    }

    private static List<Quad> matching(List<Quad> quads, Node p, Node o) {
        List<Quad> out = new ArrayList<>(2);
        for (Quad q : quads) {
            if (matches(p, q.getPredicate()) && matches(o, q.getObject())) out.add(q);
        }
        return out;
    }

    private static boolean matches(Node pattern, Node n) { return pattern == null || Node.ANY.equals(pattern) || pattern.equals(n); }
}
