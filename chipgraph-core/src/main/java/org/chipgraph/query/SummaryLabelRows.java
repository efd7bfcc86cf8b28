package org.chipgraph.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PFuncListAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * {@code (?a ?b ...) cgf:labels (?la ?lb ...)}: the rows of {@code OPTIONAL { ?a cgf:label ?la } OPTIONAL { ?b
 * cgf:label ?lb } ...}, in the same order (every label of the first entity, and for each every label of the next,
 * ...; a variable left unbound for an entity without a label), in one step per row. The exposure questions label
 * four entities on each of thousands of rows, and each OPTIONAL was a join of its own per row (the pattern
 * substituted, iterators opened and closed): a third of control-exposure's time at 10 M quads, the lookups
 * themselves (one per entity and execution, {@link SummaryLabels}) a small part of it.
 */
public final class SummaryLabelRows extends PFuncListAndList {
    public static final String IRI = FactValue.NS + "labels";
    /** Registers cgf:labels (called once, by {@link TextQuery#register}). */
    static void register() {
        PropertyFunctionRegistry.get().put(IRI, SummaryLabelRows.class);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        super.build(subject, predicate, object, cxt);
        if (subject.getArgListSize() != object.getArgListSize()) throw new QueryBuildException(IRI + " takes as many label variables as entities");
        for (Node n : object.getArgList()) if (!n.isVariable()) throw new QueryBuildException(IRI + " takes variables for the labels");
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        List<Node> entities = subject.getArgList();
        List<List<Node>> labels = new ArrayList<>(entities.size());
        Context memo = cxt.getContext();
        for (Node e : entities) {
            if (!e.isConcrete()) throw new QueryExecException(IRI + " needs its entities bound");
            labels.add(SummaryLabels.labels(memo, cxt, e));
        }
        List<Var> vars = new ArrayList<>(entities.size());
        for (Node n : object.getArgList()) {
            Var v = Var.alloc(n);
            if (binding.contains(v)) throw new QueryExecException(IRI + ": the label variable " + v + " is bound already");
            vars.add(v);
        }
        List<Binding> out = new ArrayList<>(1);
        expand(binding, vars, labels, 0, new Node[vars.size()], out);
        return QueryIterPlainWrapper.create(out.iterator(), cxt);
    }

    /** The cross product, first entity outermost, as the chain of OPTIONALs gives it; no label leaves the variable unbound. */
    private static void expand(Binding parent, List<Var> vars, List<List<Node>> labels, int i, Node[] chosen, List<Binding> out) {
        if (i == vars.size()) {
            BindingBuilder b = BindingBuilder.create(parent);
            for (int k = 0; k < chosen.length; k++) if (chosen[k] != null) b.add(vars.get(k), chosen[k]);
            out.add(b.build());
            return;
        }
        List<Node> ls = labels.get(i);
        if (ls.isEmpty()) {
            chosen[i] = null;
            expand(parent, vars, labels, i + 1, chosen, out);
            return;
        }
        for (Node l : ls) {
            chosen[i] = l;
            expand(parent, vars, labels, i + 1, chosen, out);
        }
        chosen[i] = null;
    }
}
