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
import org.apache.jena.sparql.engine.iterator.QueryIterNullIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PFuncListAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * {@code (?company ?control ?path ?x ?thr ?ls ?lp ?lo ?seatP) cgf:exposureCells (?companyName ?controlName ?via
 * ?through ?restriction ?evidence)}: an exposure path's printed cells in one step per row ({@link ExposureCells}),
 * the rows the earlier text's FILTER, six BINDs, {@code cgf:labels} and four more BINDs gave, in the same order
 * (nothing for a row whose facts have no seat citation; a row per combination of labels). ?seatP may be unbound.
 * Why: those per-row steps, each an iterator and a level of bindings in ARQ around lookups already memoised, were
 * three quarters of control-exposure's time at 10 M quads, the paths themselves a quarter.
 */
public final class ExposureRowCells extends PFuncListAndList {
    public static final String IRI = FactValue.NS + "exposureCells";
    private static final int IN = 9, OUT = 6;

    /** Registers cgf:exposureCells (called once, by {@link TextQuery#register}). */
    static void register() {
        PropertyFunctionRegistry.get().put(IRI, ExposureRowCells.class);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        super.build(subject, predicate, object, cxt);
        if (subject.getArgListSize() != IN || object.getArgListSize() != OUT) {
            throw new QueryBuildException(IRI + " takes a path's " + IN + " terms and " + OUT + " variables");
        }
        for (Node n : object.getArgList()) if (!n.isVariable()) throw new QueryBuildException(IRI + " takes variables for its cells");
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        List<Node> in = subject.getArgList();
        for (int i = 0; i < IN - 1; i++) if (!in.get(i).isConcrete()) throw new QueryExecException(IRI + " needs the path's terms bound");
        Node seatP = in.get(8).isConcrete() ? in.get(8) : null;
        ExposurePath p = new ExposurePath(in.get(0), in.get(1), in.get(2).getLiteralLexicalForm(), in.get(3), in.get(4), in.get(5), in.get(6), in.get(7), seatP);
        SummaryLookups look = SummaryLookups.of(cxt);
        Node[] cites = ExposureCells.citations(look, p);
        if (cites == null) return QueryIterNullIterator.create(cxt);
        List<Var> vars = new ArrayList<>(OUT);
        for (Node n : object.getArgList()) vars.add(Var.alloc(n));
        List<Binding> out = new ArrayList<>(1);
        for (Node[] names : ExposureCells.names(look, p.company(), p.control(), p.x(), p.thr())) {
            BindingBuilder b = BindingBuilder.create(binding);
            for (int k = 0; k < 4; k++) if (names[k] != null) b.add(vars.get(k), names[k]);
            if (cites[0] != null) b.add(vars.get(4), cites[0]);
            if (cites[1] != null) b.add(vars.get(5), cites[1]);
            out.add(b.build());
        }
        return QueryIterPlainWrapper.create(out.iterator(), cxt);
    }
}
