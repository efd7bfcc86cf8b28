package org.chipgraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterNullIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.pfunction.PFuncSimple;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.vocabulary.RDFS;

/**
 * {@code ?e cgf:label ?l} (cgf: = {@code <https://w3id.org/chipgraph/function#>}): each {@code rdfs:label} of
 * {@code ?e} in the summary graph, the same rows as {@code GRAPH cgg:summary { ?e rdfs:label ?l }}, but each entity
 * looked up once per query execution. The exposure questions label four entities on every row, thousands of rows
 * over a few hundred entities: those lookups were 40 % of company-export-control-exposure at 10 M quads.
 */
public final class SummaryLabels extends PFuncSimple {
    public static final String IRI = FactValue.NS + "label";

    /**
     * Where an execution's context keeps the labels looked up: the index read and entity to labels. Kept in the
     * context itself, not in a map keyed by it: {@link Context#hashCode} hashes every entry of the context (the
     * query's algebra and sort conditions among them), which on every call was a tenth of labelling at 10 M quads.
     */
    private static final Symbol MEMO = Symbol.create(FactValue.NS + "summaryLabels");

    /** A plain class, hashed by identity: a context holding it may be hashed. */
    private static final class Memo {
        final SummaryIndex index;
        final Map<Node, List<Node>> labels = new HashMap<>();

        Memo(SummaryIndex index) { this.index = index; }
    }

    /** Registers cgf:label (called once, by {@link TextQuery#register}). */
    static void register() {
        PropertyFunctionRegistry.get().put(IRI, SummaryLabels.class);
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, Node object, ExecutionContext cxt) {
        if (!subject.isConcrete()) throw new org.apache.jena.query.QueryExecException(IRI + " needs its subject bound");
        List<Node> labels = labels(cxt.getContext(), cxt, subject);
        if (object.isVariable()) {
            List<Binding> out = new ArrayList<>(labels.size());
            for (Node l : labels) out.add(BindingFactory.binding(binding, Var.alloc(object), l));
            return QueryIterPlainWrapper.create(out.iterator(), cxt);
        }
        return labels.contains(object) ? QueryIterSingleton.create(binding, cxt) : QueryIterNullIterator.create(cxt);
    }

    /** The entity's labels in the summary graph, looked up once per query execution (its context). */
    static List<Node> labels(Context execution, ExecutionContext cxt, Node entity) {
        Memo memo = ExecutionMemo.get(execution, MEMO, Memo.class, () -> new Memo(new SummaryIndex(cxt.getDataset())));
        synchronized (memo) {
            return memo.labels.computeIfAbsent(entity, s -> memo.index.objects(s, RDFS.label.asNode()));
        }
    }

    /**
     * {@code COALESCE(label, STR(term))} for each label: {@code labels}, or when there are none the term's string
     * (a null cell for a blank node).
     */
    static List<Node> orTermString(List<Node> labels, Node term) {
        if (!labels.isEmpty()) return labels;
        List<Node> none = new ArrayList<>(1);
        if (term.isURI()) none.add(org.apache.jena.graph.NodeFactory.createLiteralString(term.getURI()));
        else if (term.isLiteral()) none.add(org.apache.jena.graph.NodeFactory.createLiteralString(term.getLiteralLexicalForm()));
        else none.add(null);
        return none;
    }
}
