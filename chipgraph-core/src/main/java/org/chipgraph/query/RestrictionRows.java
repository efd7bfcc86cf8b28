package org.chipgraph.query;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.store.FactEndRow;
import org.chipgraph.store.SummaryGraph;

/**
 * Every restriction's row on its target ({@code ?x cg:restrictsSubjectRow2 "..."}, {@link FactEndRow}), by target, then
 * by the control it names, in the index's order of each target's rows: what {@link SummaryLookups} reads of a target
 * with one range read. company-export-control-exposure reads them on every chip the company buys and every supplier
 * and affiliate (about 300 range reads and 3,000 rows decoded a page at 10 M quads, a third of its time), and the
 * rows are few and shared by all companies (26,840 at 10 M quads), so they are read once for the version of the TDB2
 * store they were read from ({@link PerStoreVersion}, as {@link DocumentOrder} keeps its list) and read
 * again after any write, compaction or bulk load.
 */
final class RestrictionRows {
    static final Node PREDICATE = FactEndRow.onObject(SummaryLookups.RESTRICTS);

    private static final PerStoreVersion<Map<Node, Map<Node, String>>> ROWS = new PerStoreVersion<>(RestrictionRows::read);

    /** How many times they have been read in this process ({@link StoreWarmup#reads}). */
    static long reads() { return ROWS.reads(); }

    private RestrictionRows() {}

    /**
     * The rows by target as the current read transaction sees them (call inside it; unmodifiable), or null outside a
     * TDB2 read transaction, where the caller reads each target's rows itself.
     */
    static Map<Node, Map<Node, String>> of(DatasetGraph dsg) {
        return ROWS.get(dsg);
    }

    /** Each target's rows by the control each names, in the order a range read of the target gives them. */
    static Map<Node, Map<Node, String>> read(DatasetGraph dsg) {
        Map<Node, Map<Node, String>> byTarget = new HashMap<>();
        Map<String, Node> controls = new HashMap<>();
        // by predicate, then row: each target's rows come in the order of their node ids, as a read of the target gives them
        for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, PREDICATE, Node.ANY); it.hasNext();) {
            Quad q = it.next();
            if (!q.getObject().isLiteral()) continue;
            String text = q.getObject().getLiteralLexicalForm();
            Node control = controls.computeIfAbsent(FactEndRow.otherOf(text), NodeFactory::createURI);
            byTarget.computeIfAbsent(q.getSubject(), k -> new LinkedHashMap<>(4)).putIfAbsent(control, text);
        }
        byTarget.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return Collections.unmodifiableMap(byTarget);
    }
}
