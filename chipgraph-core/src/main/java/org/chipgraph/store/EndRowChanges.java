package org.chipgraph.store;

import static org.chipgraph.store.OtherEndTexts.LABEL;
import static org.chipgraph.store.OtherEndTexts.LIST;
import static org.chipgraph.store.OtherEndTexts.RESTRICTS;
import static org.chipgraph.store.OtherEndTexts.TYPE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Brings the rows on the facts' entities ({@link FactEndRows}) in step with one write. A row changes with its fact's
 * node and with what it holds of the other entity (labels; a restriction's target's kind). So the rows of each fact
 * the write touches are swapped around its node's refresh ({@link #rowsBefore}, {@link #swap}); and the entities
 * whose labels, classes or listing the write changes in the summary are found before the refresh (the graphs are
 * written, the summary not yet), their texts kept as they were, and after the refresh the rows naming them are
 * swapped too ({@link #apply}): every fact of a relabelled entity, every restriction of an entity whose kind may
 * change (its classes, or a restricted-party list restricting it or becoming one). Only labels and types the summary
 * gains or loses count, so an article restating a hub's label rewrites none of its thousands of rows.
 */
final class EndRowChanges {
    private final Set<Node> relabelled, rekinded;
    /** What the rows held before the write: the changed entities' texts pinned, the others' unchanged by it. */
    private final OtherEndTexts before;
    /** The touched facts naming a changed entity: their rows before, swapped only once the whole summary is in step. */
    private final Map<Triple, List<Quad>> deferred = new LinkedHashMap<>();

    private EndRowChanges(Set<Node> relabelled, Set<Node> rekinded, OtherEndTexts before) {
        this.relabelled = relabelled;
        this.rekinded = rekinded;
        this.before = before;
    }

    /** Call inside the write transaction, after the graphs are written and before the summary's refresh. */
    static EndRowChanges before(DatasetGraph dsg, Collection<Triple> touched) {
        Set<Node> relabelled = new LinkedHashSet<>(), rekinded = new LinkedHashSet<>(), lists = new HashSet<>();
        for (Triple t : touched) {
            Node p = t.getPredicate();
            if (LABEL.equals(p) && flips(dsg, t)) relabelled.add(t.getSubject());
            else if (TYPE.equals(p) && SummaryGraph.summarises(p, t.getObject()) && flips(dsg, t)) {
                rekinded.add(t.getSubject());
                if (LIST.equals(t.getObject())) lists.add(t.getSubject());
            }
        }
        // a batch holds many restrictions of one control: ask whether it is a list once per control
        Map<Node, Boolean> listed = new java.util.HashMap<>();
        for (Triple t : touched) {
            Node s = t.getSubject();
            if (RESTRICTS.equals(t.getPredicate()) && t.getObject().isURI()
                    && (lists.contains(s) || listed.computeIfAbsent(s, c -> isList(dsg, c))) && flips(dsg, t)) rekinded.add(t.getObject());
        }
        for (Node l : lists) dsg.find(SummaryGraph.NODE, l, RESTRICTS, Node.ANY).forEachRemaining(q -> rekinded.add(q.getObject()));
        OtherEndTexts before = new OtherEndTexts(dsg);
        before.pin(relabelled);
        before.pin(rekinded);
        return new EndRowChanges(relabelled, rekinded, before);
    }

    private boolean changed(Node e) { return relabelled.contains(e) || rekinded.contains(e); }

    /**
     * The touched fact's rows before its node is rewritten (call just before); null when there is nothing to swap
     * now (the fact keeps no rows, or names a changed entity: its rows are swapped by {@link #apply}).
     */
    List<Quad> rowsBefore(DatasetGraph dsg, Triple t) {
        if (!FactEndRows.applies(t)) return null;
        List<Quad> old = FactEndRows.rows(dsg, t, before);
        if (!changed(t.getSubject()) && !changed(t.getObject())) return old;
        deferred.putIfAbsent(t, old);
        return null;
    }

    /** Swaps the fact's rows from before ({@link #rowsBefore}) for the ones it gives now (call just after its node is rewritten). */
    void swap(DatasetGraph dsg, Triple t, List<Quad> old) {
        if (old != null) swap(dsg, old, FactEndRows.rows(dsg, t, before)); // its entities' texts are unchanged by the write
    }

    /** Swaps the rows naming the changed entities. Call once the summary is in step. */
    void apply(DatasetGraph dsg) {
        List<Triple> facts = new ArrayList<>();
        for (Node e : relabelled) {
            for (Node p : FactEndRow.RELATIONS) {
                dsg.find(SummaryGraph.NODE, e, p, Node.ANY).forEachRemaining(q -> facts.add(q.asTriple()));
                dsg.find(SummaryGraph.NODE, Node.ANY, p, e).forEachRemaining(q -> facts.add(q.asTriple()));
            }
        }
        for (Node e : rekinded) dsg.find(SummaryGraph.NODE, Node.ANY, RESTRICTS, e).forEachRemaining(q -> facts.add(q.asTriple()));
        // a fact the write did not touch kept its node: its rows before differ only in the changed entities' texts
        for (Triple f : facts) if (FactEndRows.applies(f) && !deferred.containsKey(f)) deferred.put(f, FactEndRows.rows(dsg, f, before));
        if (deferred.isEmpty()) return;
        OtherEndTexts now = new OtherEndTexts(dsg);
        for (Map.Entry<Triple, List<Quad>> e : deferred.entrySet()) swap(dsg, e.getValue(), FactEndRows.rows(dsg, e.getKey(), now));
    }

    private static void swap(DatasetGraph dsg, List<Quad> old, List<Quad> now) {
        if (old.equals(now)) return;
        for (Quad q : old) if (!now.contains(q)) dsg.delete(q);
        for (Quad q : now) if (!old.contains(q)) dsg.add(q);
    }

    /** The summary will gain or lose the triple: some graph states it and the summary does not hold it, or the reverse. */
    private static boolean flips(DatasetGraph dsg, Triple t) {
        return SummaryGraph.statedElsewhere(dsg, t) != dsg.contains(SummaryGraph.NODE, t.getSubject(), t.getPredicate(), t.getObject());
    }

    private static boolean isList(DatasetGraph dsg, Node s) { return dsg.contains(SummaryGraph.NODE, s, TYPE, LIST); }
}
