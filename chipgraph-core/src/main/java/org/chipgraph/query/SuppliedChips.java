package org.chipgraph.query;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionEval;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.vocabulary.RDFS;
import org.chipgraph.rdf.CG;

/**
 * {@code (?supplier ?company) cgf:suppliedChips ?chips}: the labels of the chips the company buys and the supplier
 * makes (summary graph), each label once, joined by ", "; {@code ?chips} left unbound when there are none. Always one
 * row. It gives what who-supplies' earlier sub-query gave per supplier,
 * {@code SELECT ?supplier (GROUP_CONCAT(DISTINCT ?chipLabel; separator=", ") AS ?chips) WHERE { GRAPH cgg:summary
 * { ?company cg:buys ?chip . ?supplier cg:makes ?chip . ?chip rdfs:label ?chipLabel } } GROUP BY ?supplier}, in its
 * order: the chips as the company's {@code cg:buys} index gives them, each chip's labels in index order.
 * <p>
 * Why: that sub-query joined every maker of every chip the company buys (ByteDance at 10 M quads: 10,308 rows, each
 * row's terms decoded and hashed, for 88 suppliers), two thirds of the question's time. Here the company's chips are
 * read once per execution as node ids, each supplier's made chips as node ids, and only the chips in both are
 * labelled. (Jena's PFuncListAndSimple declares its subject single and its object a list, the other way round, so
 * this declares its own.)
 */
public final class SuppliedChips extends PropertyFunctionEval {
    public static final String IRI = FactValue.NS + "suppliedChips";
    private static final Node BUYS = CG.term("buys");
    private static final Node MAKES = CG.term("makes");
    private static final String SEPARATOR = ", ";

    /** Per query execution (kept in its context): the index read, each company's bought chips and each chip's labels, by key. */
    private static final Symbol MEMO = Symbol.create(IRI);

    private static final class Memo {
        final SummaryIndex index;
        final Map<Node, List<Object>> bought = new HashMap<>();
        final Map<Object, List<Node>> labels = new HashMap<>();

        Memo(SummaryIndex index) { this.index = index; }
    }

    public SuppliedChips() { super(PropFuncArgType.PF_ARG_LIST, PropFuncArgType.PF_ARG_SINGLE); }

    /** Registers cgf:suppliedChips (called once, by {@link TextQuery#register}). */
    static void register() {
        PropertyFunctionRegistry.get().put(IRI, SuppliedChips.class);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        super.build(subject, predicate, object, cxt);
        if (subject.getArgListSize() != 2) throw new QueryBuildException(IRI + " takes (supplier company) as its subject");
        if (!object.getArg().isVariable()) throw new QueryBuildException(IRI + " takes a variable as its object");
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg objectArg, ExecutionContext cxt) {
        Node object = objectArg.getArg();
        Node supplier = subject.getArg(0), company = subject.getArg(1);
        if (!supplier.isConcrete() || !company.isConcrete()) throw new QueryExecException(IRI + " needs its supplier and company bound");
        Var chips = Var.alloc(object);
        if (binding.contains(chips)) throw new QueryExecException(IRI + ": the variable " + chips + " is bound already");
        String cell = cell(cxt, supplier, company);
        return QueryIterSingleton.create(cell == null ? binding : BindingFactory.binding(binding, chips, NodeFactory.createLiteralString(cell)), cxt);
    }

    /** The cell, or null when the supplier makes none of the company's chips or none of them has a label. */
    static String cell(ExecutionContext cxt, Node supplier, Node company) {
        Memo memo = ExecutionMemo.get(cxt.getContext(), MEMO, Memo.class, () -> new Memo(new SummaryIndex(cxt.getDataset())));
        Set<Node> labels = new LinkedHashSet<>();
        synchronized (memo) {
            SummaryIndex index = memo.index;
            List<Object> bought = memo.bought.computeIfAbsent(company, c -> index.objectKeyList(c, BUYS));
            if (bought.isEmpty()) return null;
            Set<Object> made = index.objectKeys(supplier, MAKES);
            for (Object chip : bought) {
                if (!made.contains(chip)) continue;
                labels.addAll(memo.labels.computeIfAbsent(chip, k -> index.objects(index.node(k), RDFS.label.asNode())));
            }
        }
        if (labels.isEmpty()) return null;
        return labels.stream().map(SuppliedChips::text).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(SEPARATOR));
    }

    /** The string GROUP_CONCAT takes of a label: a literal's lexical form, an IRI's text; null for a blank node. */
    private static String text(Node label) {
        if (label.isLiteral()) return label.getLiteralLexicalForm();
        if (label.isURI()) return label.getURI();
        return null;
    }
}
