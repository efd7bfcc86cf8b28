package org.chipgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The values of one subject's properties over the named graphs but the summary (the questions' union default
 * graph), read in one scan of the subject's quads. A claim's row reads about ten of its properties: one lookup each
 * descended TDB2's SPOG index ten times to the same few adjacent records, where one scan of its subject prefix reads
 * them once. Each predicate's values come distinct and in the order a lookup of that predicate alone gives (TDB2
 * answers both from SPOG: by object, then graph).
 */
final class ClaimProperties {
    private final Map<Node, Set<Node>> values = new HashMap<>();

    private ClaimProperties() {}

    /** Reads every quad with subject {@code s} in one scan; only reads {@code dsg}. */
    static ClaimProperties of(DatasetGraph dsg, Node s) {
        ClaimProperties out = new ClaimProperties();
        for (Iterator<Quad> it = dsg.findNG(Node.ANY, s, Node.ANY, Node.ANY); it.hasNext();) {
            Quad q = it.next();
            if (!SummaryGraph.isSummary(q.getGraph())) out.values.computeIfAbsent(q.getPredicate(), k -> new LinkedHashSet<>(2)).add(q.getObject());
        }
        return out;
    }

    /** The distinct values of {@code p}, as {@code findNG(ANY, s, p, ANY)} less the summary gives them. */
    List<Node> objects(Node p) {
        Set<Node> v = values.get(p);
        return v == null ? List.of() : new ArrayList<>(v);
    }
}
