package org.chipgraph.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * {@code ?control cgf:exposureRows (?companyName ?controlName ?path ?via ?through ?restriction ?evidence)}: the rows of
 * control-exposure in the order its earlier text gave them (src/test/resources/query/control-exposure-by-sparql.rq):
 * the paths found in Java ({@link ControlExposurePaths}), each cited ({@link ExposureCells#citations}: a path whose
 * facts have no seat citation gives no row) and named ({@link ExposureCells#names}: a row per combination of labels),
 * built as they are read, so a page cites and names only its own rows. Why: that text ran a union of six branches
 * of joins, then a FILTER, four BINDs and a labelling step per row, each an iterator of ARQ's over the row.
 */
public final class ControlExposureRows extends EntityRowList {
    public static final String IRI = FactValue.NS + "exposureRows";
    private static final int COLUMNS = 7;

    public ControlExposureRows() { super(IRI, COLUMNS, "control"); }

    /** Registers cgf:exposureRows (called once, by {@link TextQuery#register}). */
    static void register() {
        PropertyFunctionRegistry.get().put(IRI, ControlExposureRows.class);
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node control, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        List<Var> vars = variables(binding, control, object);
        SummaryLookups look = new SummaryLookups(cxt);
        Iterator<Binding> rows = Iter.flatMap(ControlExposurePaths.of(look, control), p -> rows(binding, vars, look, p));
        return QueryIterPlainWrapper.create(rows, cxt);
    }

    /** The path's rows: none when its facts have no seat citation, else one per combination of its names. */
    private static Iterator<Binding> rows(Binding parent, List<Var> vars, SummaryLookups look, ExposurePath p) {
        Node[] cites = ExposureCells.citations(look, p, SummaryLookups.End.OBJECT); // a chip's buyers: its rows
        if (cites == null) return Iter.nullIterator();
        List<Node[]> names = ExposureCells.names(look, p.company(), p.control(), p.x(), p.thr());
        List<Binding> out = new ArrayList<>(names.size());
        for (Node[] n : names) out.add(ExposureCells.row(parent, vars, p, n, cites));
        return out.iterator();
    }
}
