package org.chipgraph.store;

import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Keeps the rows of {@link FactEndRow}: for each fact of {@link FactEndRow#RELATIONS} whose node holds some value, one
 * row on its subject and one on its object, each the node's values. A row depends only on its fact's node, so it is
 * brought in step wherever the node is ({@code SummaryGraph.cite}, every write path's refresh): the node's values read
 * before and after, the old rows swapped for the new when they differ. A rebuild writes them from the fact nodes
 * after the facts ({@link #emitAll}).
 */
final class FactEndRows {
    private FactEndRows() {}

    static boolean applies(Triple t) {
        return FactEndRow.covers(t.getPredicate()) && t.getSubject().isURI() && t.getObject().isURI();
    }

    /** The values of the fact's node as a row's text, "" when it holds none; null when the fact keeps no rows. */
    static String values(DatasetGraph dsg, Triple t) {
        if (!applies(t)) return null;
        Node fact = SummaryGraph.factNode(t.getSubject(), t.getPredicate(), t.getObject());
        // by property, as the pages read them: a purchase's node also holds a claim row per claim
        Node count = first(dsg, fact, FactSources.SOURCE_COUNT), date = first(dsg, fact, FactSources.EARLIEST_DATE);
        Node citation = first(dsg, fact, FactSources.CITATION), seat = first(dsg, fact, FactSources.SEAT_CITATION);
        if (count == null && date == null && citation == null && seat == null) return "";
        return FactEndRow.valuesText(count, date, citation, seat);
    }

    /** Swaps the rows the fact's node gave ({@code before}, from {@link #values}) for the ones it gives now. */
    static void sync(DatasetGraph dsg, Triple t, String before) {
        if (before == null) return;
        String now = values(dsg, t);
        if (now.equals(before)) return;
        if (!before.isEmpty()) rows(t, before, dsg::delete);
        if (!now.isEmpty()) rows(t, now, dsg::add);
    }

    private static void rows(Triple t, String values, Consumer<Quad> out) {
        Node p = t.getPredicate();
        out.accept(Quad.create(SummaryGraph.NODE, t.getSubject(), FactEndRow.onSubject(p), NodeFactory.createLiteralString(FactEndRow.text(t.getObject(), values))));
        out.accept(Quad.create(SummaryGraph.NODE, t.getObject(), FactEndRow.onObject(p), NodeFactory.createLiteralString(FactEndRow.text(t.getSubject(), values))));
    }

    /** Emits the rows of every fact of the summary (which must hold its facts and their nodes); only reads {@code dsg}. */
    static void emitAll(DatasetGraph dsg, Consumer<Quad> out) {
        for (Node p : FactEndRow.RELATIONS) {
            for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, p, Node.ANY); it.hasNext();) {
                Triple t = it.next().asTriple();
                String values = values(dsg, t);
                if (values != null && !values.isEmpty()) rows(t, values, out);
            }
        }
    }

    /** Deletes every row (before {@link #emitAll} writes them afresh). */
    static void deleteAll(DatasetGraph dsg) {
        for (Node p : FactEndRow.PREDICATES) dsg.deleteAny(SummaryGraph.NODE, Node.ANY, p, Node.ANY);
    }

    /** True when some fact of the summary has values but the summary holds no rows (a summary from before them). */
    static boolean rowsMissing(DatasetGraph dsg) {
        for (Node p : FactEndRow.PREDICATES) if (dsg.find(SummaryGraph.NODE, Node.ANY, p, Node.ANY).hasNext()) return false;
        for (Node p : FactEndRow.RELATIONS) {
            for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, p, Node.ANY); it.hasNext();) {
                String values = values(dsg, it.next().asTriple());
                if (values != null && !values.isEmpty()) return true;
            }
        }
        return false;
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
