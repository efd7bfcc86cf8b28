package org.chipgraph.query;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.chipgraph.store.SummaryGraph;

/**
 * {@code cgf:citation(s, p, o)}, {@code cgf:seatCitation}, {@code cgf:sourceCount} and
 * {@code cgf:earliestDate} (cgf: = {@code <https://w3id.org/chipgraph/function#>}): the value of that property the
 * summary graph holds on the node of the fact {@code s p o} (store/FactSources), unbound when it has none (every
 * claim denied, or no such fact). The same as looking up the fact node
 * {@code IRI(CONCAT(".../id/fact/", SHA1(...)))} in the summary graph, but each distinct fact is looked up once per
 * query execution: an exposure answer cites the same few hundred facts on thousands of rows, and a SPARQL lookup
 * per row and fact was most of its time (0.5-0.8 s of 0.8-1.3 s at 10 M quads).
 */
public final class FactValue extends FunctionBase {
    public static final String NS = "https://w3id.org/chipgraph/function#";
    private static final String CG = "https://w3id.org/chipgraph/ontology#";
    /** The properties of a fact node that have a function of the same local name. */
    private static final java.util.List<String> PROPERTIES = java.util.List.of("citation", "seatCitation", "sourceCount", "earliestDate");

    /** The fact nodes looked up, per query execution (the execution's environment, held weakly): property to value, if any. */
    private static final Map<FunctionEnv, Map<Triple, Map<Node, Optional<Node>>>> MEMO = Collections.synchronizedMap(new WeakHashMap<>());

    /** Memo key of the fact's node itself (its SHA-1 computed once per fact). */
    private static final Node FACT = NodeFactory.createBlankNode("fact");

    private final Node property;

    private FactValue(Node property) { this.property = property; }

    /** Registers the functions (called once, by {@link TextQuery#register}). */
    static void register() {
        for (String name : PROPERTIES) {
            Node p = NodeFactory.createURI(CG + name);
            FunctionRegistry.get().put(NS + name, uri -> new FactValue(p));
        }
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 3) throw new QueryBuildException(uri + " takes a fact's subject, predicate and object");
    }

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        Node s = args.get(0).asNode();
        Node p = args.get(1).asNode();
        Node o = args.get(2).asNode();
        if (!s.isURI() || !p.isURI() || !o.isURI()) throw new ExprEvalException("not a fact between two entities");
        Map<Triple, Map<Node, Optional<Node>>> memo = MEMO.computeIfAbsent(env, e -> new HashMap<>());
        Optional<Node> v;
        synchronized (memo) {
            Map<Node, Optional<Node>> values = memo.computeIfAbsent(Triple.create(s, p, o), t -> {
                Map<Node, Optional<Node>> m = new HashMap<>(4);
                m.put(FACT, Optional.of(SummaryGraph.factNode(s, p, o)));
                return m;
            });
            Node fact = values.get(FACT).get();
            v = values.computeIfAbsent(property, k -> lookUp(env.getDataset(), fact, k));
        }
        if (v.isEmpty()) throw new ExprEvalException("no value");
        return NodeValue.makeNode(v.get());
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        throw new ExprEvalException("needs the dataset");
    }

    /**
     * The fact node's value of one property (one each; the first in index order). Read by property, not the node's
     * whole range: a purchase fact's node also holds a print-ready row per claim (cg:claimRow), hundreds for a
     * fact stated often, which a range read decoded from the node table to keep none of them.
     */
    private static Optional<Node> lookUp(DatasetGraph dsg, Node fact, Node property) {
        Iterator<Quad> it = dsg.find(SummaryGraph.NODE, fact, property, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }
}
