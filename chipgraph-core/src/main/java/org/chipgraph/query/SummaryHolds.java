package org.chipgraph.query;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.vocabulary.RDF;
import org.chipgraph.store.SummaryGraph;

/**
 * Two tests of the summary graph, each a few index lookups instead of an {@code EXISTS} (which builds, runs and
 * closes a plan of its own per row: control-reach decides each target's role by up to five of them, 40 % of its time
 * at 10 M quads):
 * <ul>
 * <li>{@code cgf:holds(s, p, o)}: the summary holds the triple, as {@code EXISTS { GRAPH cgg:summary { s p o } }};
 * <li>{@code cgf:someHolds(c, p, o)}: some entity of class {@code c} has {@code p o} there, as
 * {@code EXISTS { GRAPH cgg:summary { ?e a c ; p o } }} (read from the class's few members, such as the
 * restricted-party lists).
 * </ul>
 */
public final class SummaryHolds extends FunctionBase {
    public static final String HOLDS = FactValue.NS + "holds";
    public static final String SOME_HOLDS = FactValue.NS + "someHolds";

    private final boolean some;

    private SummaryHolds(boolean some) { this.some = some; }

    /** Registers the two functions (called once, by {@link TextQuery#register}). */
    static void register() {
        FunctionRegistry.get().put(HOLDS, uri -> new SummaryHolds(false));
        FunctionRegistry.get().put(SOME_HOLDS, uri -> new SummaryHolds(true));
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 3) throw new QueryBuildException(uri + " takes three terms");
    }

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
        Node a = args.get(0).asNode();
        Node p = args.get(1).asNode();
        Node o = args.get(2).asNode();
        DatasetGraph dsg = env.getDataset();
        if (!some) return NodeValue.booleanReturn(dsg.contains(SummaryGraph.NODE, a, p, o));
        for (Iterator<Quad> it = dsg.find(SummaryGraph.NODE, Node.ANY, RDF.type.asNode(), a); it.hasNext();) {
            if (dsg.contains(SummaryGraph.NODE, it.next().getSubject(), p, o)) return NodeValue.TRUE;
        }
        return NodeValue.FALSE;
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        throw new ExprEvalException("needs the dataset");
    }
}
