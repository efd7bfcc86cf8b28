package org.chipgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.chipgraph.store.SummaryGraph;
import org.chipgraph.store.TdbStore;

/** The summary graph a store holds is the one a rebuild from its other graphs makes (checked by rebuilding it). */
final class SummaryInStep {
    private SummaryInStep() {}

    static void check(TdbStore db, String when) {
        Set<String> kept = summary(db);
        db.rebuildSummary();
        Set<String> rebuilt = summary(db);
        // only the differences: the whole summary of a store is thousands of triples
        Set<String> missing = new TreeSet<>(rebuilt);
        missing.removeAll(kept);
        Set<String> extra = new TreeSet<>(kept);
        extra.removeAll(rebuilt);
        assertEquals("", (missing.isEmpty() ? "" : "missing " + first(missing)) + (extra.isEmpty() ? "" : " extra " + first(extra)),
                "the summary graph is in step with the store's graphs " + when + " (" + missing.size() + " missing, " + extra.size() + " extra)");
    }

    private static String first(Set<String> s) {
        return s.stream().limit(10).toList().toString();
    }

    private static Set<String> summary(TdbStore db) {
        return db.read(d -> {
            Set<String> s = new TreeSet<>();
            d.find(SummaryGraph.NODE, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> s.add(q.asTriple().toString()));
            return s;
        });
    }
}
