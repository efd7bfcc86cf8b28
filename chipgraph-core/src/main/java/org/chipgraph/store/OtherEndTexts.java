package org.chipgraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.chipgraph.rdf.CG;

/**
 * What a fact's row holds of the entity it names ({@link FactEndRow#otherText}): the entity's labels in the summary
 * graph in index order, and for the target of a restriction its {@link EndKind} (its classes, and whether a
 * restricted-party list restricts it). Read from the summary as it is now, each entity once: a rebuild or a write
 * asks about the same companies and chips for many facts. Bounded, so a rebuild's memory stays flat.
 */
final class OtherEndTexts {
    static final Node LABEL = RDFS.label.asNode(), TYPE = RDF.type.asNode();
    static final Node RESTRICTS = CG.term("restricts"), LIST = CG.term("RestrictedPartyList");
    private static final int KEPT = 20_000;

    private final DatasetGraph dsg;
    private final Map<Node, String> withKind = bounded(), withoutKind = bounded();
    private final Map<Node, String[]> pinned = new java.util.HashMap<>();

    OtherEndTexts(DatasetGraph dsg) { this.dsg = dsg; }

    private static Map<Node, String> bounded() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Node, String> eldest) { return size() > KEPT; }
        };
    }

    /** Reads the entities' texts now and keeps them whatever the summary becomes (what the rows held before a write). */
    void pin(java.util.Collection<Node> entities) {
        for (Node e : entities) pinned.put(e, new String[] {text(e, false), text(e, true)});
    }

    /** The text of what a row naming the entity holds of it; with its kind for the target of a restriction. */
    String of(Node entity, boolean kind) {
        String[] p = pinned.get(entity);
        if (p != null) return p[kind ? 1 : 0];
        return (kind ? withKind : withoutKind).computeIfAbsent(entity, e -> text(e, kind));
    }

    private String text(Node entity, boolean kind) {
        return FactEndRow.otherText(kind ? kind(entity) : null, objects(entity, LABEL));
    }

    private EndKind kind(Node e) {
        Set<Node> types = new HashSet<>(objects(e, TYPE));
        return EndKind.of(types, listed(e));
    }

    /** Some restricted-party list restricts the entity in the summary. */
    private boolean listed(Node e) {
        for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, RESTRICTS, e); it.hasNext();) {
            if (dsg.contains(SummaryGraph.NODE, it.next().getSubject(), TYPE, LIST)) return true;
        }
        return false;
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>(2);
        dsg.find(SummaryGraph.NODE, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }
}
