package org.chipgraph.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.pfunction.PFuncSimple;
import org.apache.jena.sparql.engine.iterator.QueryIterNullIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;

/**
 * {@code ?e text:query "Huawei Technologies"} in SPARQL (text: = {@code <http://jena.apache.org/text#>}, as
 * jena-text spells it): the entities the {@link NameIndex} finds for the text, best first (at most 20).
 */
public final class TextQuery extends PFuncSimple {
    public static final String IRI = "http://jena.apache.org/text#query";
    private static volatile boolean registered;

    /** Registers text:query once, for every query of this JVM (and chipgraph's functions, {@link FactValue}, {@link SummaryLabels}, {@link SummaryLabelRows}). */
    public static void register() {
        if (registered) return;
        synchronized (TextQuery.class) {
            if (!registered) {
                PropertyFunctionRegistry.get().put(IRI, TextQuery.class);
                FactValue.register();
                SummaryLabels.register();
                SummaryLabelRows.register();
                SummarySourceRows.register();
                SummarySourcePage.register();
                SummaryHolds.register();
                ControlReachRows.register();
                CompanyExposurePage.register();
                CompanyChipClaims.register();
                ControlExposureRows.register();
                SuppliedChips.register();
                SupplierRows.register();
            }
            registered = true;
        }
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object, ExecutionContext cxt) {
        if (!object.isLiteral()) return QueryIterNullIterator.create(cxt);
        List<Binding> out = new ArrayList<>();
        for (NameIndex.Hit h : NameIndex.of(cxt.getDataset()).searchAll(object.getLiteralLexicalForm(), 20)) {
            Node e = NodeFactory.createURI(h.iri());
            if (subject.isVariable()) out.add(BindingFactory.binding(binding, Var.alloc(subject), e));
            else if (subject.equals(e)) return QueryIterSingleton.create(binding, cxt);
        }
        return subject.isVariable() ? QueryIterPlainWrapper.create(out.iterator(), cxt) : QueryIterNullIterator.create(cxt);
    }
}
