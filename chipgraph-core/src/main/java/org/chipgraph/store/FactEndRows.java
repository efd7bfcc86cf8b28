package org.chipgraph.store;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Keeps the rows of {@link FactEndRow}: for each fact of {@link FactEndRow#RELATIONS} whose node holds some value, one
 * row on its subject and one on its object, each the node's values and what a page prints of the other entity
 * ({@link OtherEndTexts}). A row changes with its fact's node and with the other entity's labels, classes and
 * listing, so a write brings in step the rows of the facts it touches and of the facts of the entities whose
 * labels, classes or listing it changes ({@link EndRowChanges}). A rebuild writes them from the fact nodes after the
 * facts ({@link #emitAll}).
 */
final class FactEndRows {
    private FactEndRows() {}

    static boolean applies(Triple t) {
        return FactEndRow.covers(t.getPredicate()) && t.getSubject().isURI() && t.getObject().isURI();
    }

    /** The values of the fact's node as a row's text, "" when it holds none. */
    private static String values(DatasetGraph dsg, Triple t) {
        Node fact = SummaryGraph.factNode(t.getSubject(), t.getPredicate(), t.getObject());
        // by property, as the pages read them: a purchase's node also holds a claim row per claim
        Node count = first(dsg, fact, FactSources.SOURCE_COUNT), date = first(dsg, fact, FactSources.EARLIEST_DATE);
        Node citation = first(dsg, fact, FactSources.CITATION), seat = first(dsg, fact, FactSources.SEAT_CITATION);
        if (count == null && date == null && citation == null && seat == null) return "";
        return FactEndRow.valuesText(count, date, citation, seat);
    }

    /** The fact's two rows as the summary gives them now: none when the fact keeps no rows or its node holds no value. */
    static List<Quad> rows(DatasetGraph dsg, Triple t, OtherEndTexts others) {
        if (!applies(t)) return List.of();
        String values = values(dsg, t);
        if (values.isEmpty()) return List.of();
        Node p = t.getPredicate(), s = t.getSubject(), o = t.getObject();
        // the restriction's row on the control names its target's kind (control-reach's role)
        String onS = FactEndRow.text(o, others.of(o, OtherEndTexts.RESTRICTS.equals(p)), values);
        String onO = FactEndRow.text(s, others.of(s, false), values);
        return List.of(Quad.create(SummaryGraph.NODE, s, FactEndRow.onSubject(p), NodeFactory.createLiteralString(onS)),
                Quad.create(SummaryGraph.NODE, o, FactEndRow.onObject(p), NodeFactory.createLiteralString(onO)));
    }

    /** Emits the rows of every fact of the summary (which must hold its facts, their nodes, labels and types); only reads {@code dsg}. */
    static void emitAll(DatasetGraph dsg, Consumer<Quad> out) {
        OtherEndTexts others = new OtherEndTexts(dsg);
        for (Node p : FactEndRow.RELATIONS) {
            for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, p, Node.ANY); it.hasNext();) {
                rows(dsg, it.next().asTriple(), others).forEach(out);
            }
        }
    }

    /** Deletes every row (before {@link #emitAll} writes them afresh). */
    static void deleteAll(DatasetGraph dsg) {
        for (Node p : FactEndRow.PREDICATES) dsg.deleteAny(SummaryGraph.NODE, Node.ANY, p, Node.ANY);
        for (Node p : FactEndRow.EARLIER_PREDICATES) dsg.deleteAny(SummaryGraph.NODE, Node.ANY, p, Node.ANY);
    }

    /**
     * True when the rows are not those of this version: an older chipgraph wrote rows (any row under its predicates,
     * {@link FactEndRow#EARLIER_PREDICATES}: it rewrote the rows of the facts it touched there, leaving these out of
     * step), or some fact of the summary has values but the summary holds no rows (a summary from before them).
     */
    static boolean rowsStale(DatasetGraph dsg) {
        for (Node p : FactEndRow.EARLIER_PREDICATES) if (holdsAny(dsg, p)) return true;
        for (Node p : FactEndRow.PREDICATES) {
            Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, p, Node.ANY);
            try {
                if (it.hasNext()) return !FactEndRow.current(it.next().getObject().getLiteralLexicalForm());
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        }
        for (Node p : FactEndRow.RELATIONS) {
            for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, p, Node.ANY); it.hasNext();) {
                Triple t = it.next().asTriple();
                if (applies(t) && !values(dsg, t).isEmpty()) return true;
            }
        }
        return false;
    }

    private static boolean holdsAny(DatasetGraph dsg, Node p) {
        Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, p, Node.ANY);
        try {
            return it.hasNext();
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static Node first(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(SummaryGraph.NODE, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }
}
