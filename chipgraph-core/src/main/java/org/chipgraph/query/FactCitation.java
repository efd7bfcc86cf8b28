package org.chipgraph.query;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
 * {@code cgf:citation(s, p, o)} and {@code cgf:seatCitation(s, p, o)} (cgf: = {@code <https://w3id.org/chipgraph/function#>}):
 * the citation the summary graph holds for the fact {@code s p o} (store/FactSources), unbound when it has none (every
 * claim denied, or no such fact). The same as looking up the fact node
 * {@code IRI(CONCAT(".../id/fact/", SHA1(...)))} in the summary graph, but each distinct fact is looked up once per
 * query execution: an exposure answer cites the same few hundred facts on thousands of rows, and a SPARQL lookup
 * per row and fact was most of its time (0.5-0.8 s of 0.8-1.3 s at 10 M quads).
 */
public final class FactCitation extends FunctionBase {
    public static final String NS = "https://w3id.org/chipgraph/function#";
    private static final String CG = "https://w3id.org/chipgraph/ontology#";
    private static final Node CITATION = NodeFactory.createURI(CG + "citation");
    private static final Node SEAT_CITATION = NodeFactory.createURI(CG + "seatCitation");
    private static volatile boolean registered;

    /** The facts looked up, per query execution (the execution's environment, held weakly). */
    private static final Map<FunctionEnv, Map<Triple, Node[]>> MEMO = Collections.synchronizedMap(new WeakHashMap<>());

    private final boolean seat;

    private FactCitation(boolean seat) { this.seat = seat; }

    /** Registers both functions once, for every query of this JVM. */
    public static void register() {
        if (registered) return;
        synchronized (FactCitation.class) {
            if (!registered) {
                FunctionRegistry.get().put(NS + "citation", uri -> new FactCitation(false));
                FunctionRegistry.get().put(NS + "seatCitation", uri -> new FactCitation(true));
            }
            registered = true;
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
        Map<Triple, Node[]> memo = MEMO.computeIfAbsent(env, e -> new HashMap<>());
        Node[] cited;
        synchronized (memo) {
            cited = memo.computeIfAbsent(Triple.create(s, p, o), t -> lookUp(env.getDataset(), t));
        }
        Node c = cited[seat ? 1 : 0];
        if (c == null) throw new ExprEvalException("no citation");
        return NodeValue.makeNode(c);
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        throw new ExprEvalException("needs the dataset");
    }

    private static Node[] lookUp(DatasetGraph dsg, Triple t) {
        Node fact = SummaryGraph.factNode(t.getSubject(), t.getPredicate(), t.getObject());
        return new Node[] {first(dsg, fact, CITATION), first(dsg, fact, SEAT_CITATION)};
    }

    private static Node first(DatasetGraph dsg, Node fact, Node p) {
        Iterator<Quad> it = dsg.find(SummaryGraph.NODE, fact, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
