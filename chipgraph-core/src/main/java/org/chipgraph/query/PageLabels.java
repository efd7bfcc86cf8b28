package org.chipgraph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.util.Symbol;

/**
 * The labels a page's execution has read already, entity to the label {@link Labels} prints for it: a page that
 * reads its entities' labels from their stored rows (store.FactEndRow) leaves them here, in the execution's context,
 * so labelling the page afterwards ({@link Labels#apply(List, List, org.apache.jena.sparql.core.DatasetGraph, PageLabels)})
 * looks none of them up again.
 */
public final class PageLabels {
    static final Symbol SYMBOL = Symbol.create("https://w3id.org/chipgraph/function#pageLabels");
    private final Map<Node, Node> labels = new HashMap<>();

    /** The execution's labels, or null when it was started without a place for them. */
    static PageLabels of(ExecutionContext cxt) {
        return cxt.getContext().get(SYMBOL) instanceof PageLabels p ? p : null;
    }

    /** Keeps the label {@link Labels} gives for an entity with these labels in the summary graph (none kept for none). */
    void put(Node entity, List<Node> summaryLabels) {
        if (summaryLabels.isEmpty()) return;
        labels.computeIfAbsent(entity, e -> Labels.best(summaryLabels.iterator(), e));
    }

    /** The entity's label as {@link Labels} prints it, or null when not read. */
    Node get(Node entity) { return labels.get(entity); }
}
