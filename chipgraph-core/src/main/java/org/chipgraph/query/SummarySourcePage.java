package org.chipgraph.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.chipgraph.store.SourceRow;

/**
 * {@code ?entity cgf:sourcePage (?source ?relation ?subject ?object ?stance ?confidence ?where ?evidence)}: the rows
 * of entity-sources ready to print, already in the order {@code ORDER BY} of those variables, left to right, gives
 * them. Each stored row ({@link SummarySourceRows#read}) labelled as the question's text labelled it: every label of
 * the subject and of the object from the summary graph ({@link SummaryLabels}, each entity once per run; the term's
 * string without one, unbound for a blank node), the relation's name after '#', every English label of the stance.
 * <p>
 * Why: reading, labelling and ordering the rows by ARQ's iterators (a join per row for the labels, BINDs, a sort of
 * the whole answer comparing rows through their chains of bindings) was two thirds of the question's time at 10 M
 * quads, the rows' range read the rest. Here the rows are built flat and sorted once by ARQ's own comparator; the
 * question keeps its {@code ORDER BY}, which on rows already in order costs one comparison per row.
 */
public final class SummarySourcePage extends EntityRowList {
    public static final String IRI = FactValue.NS + "sourcePage";
    private static final int SOURCE = 0, RELATION = 1, SUBJECT = 2, OBJECT = 3, STANCE = 4, CONFIDENCE = 5, WHERE = 6, EVIDENCE = 7;

    public SummarySourcePage() { super(IRI); }

    /** Registers cgf:sourcePage (called once, by {@link TextQuery#register}). */
    static void register() {
        PropertyFunctionRegistry.get().put(IRI, SummarySourcePage.class);
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        List<Var> vars = variables(binding, subject, object);
        Context memo = cxt.getContext();
        List<Binding> out = new ArrayList<>();
        Node[] row = new Node[COLUMNS];
        for (SourceRow r : SummarySourceRows.read(cxt, subject)) {
            row[RELATION] = NodeFactory.createLiteralString(after(r.relation()));
            row[CONFIDENCE] = r.confidence();
            row[SOURCE] = r.source();
            row[WHERE] = r.where() == null ? null : NodeFactory.createLiteralString(r.where());
            row[EVIDENCE] = r.evidence();
            // the order of the text's joins: each subject label, for each each object label, for each each stance label
            for (Node sl : labelsOr(memo, cxt, r.subject())) {
                row[SUBJECT] = sl;
                for (Node ol : labelsOr(memo, cxt, r.object())) {
                    row[OBJECT] = ol;
                    for (Node stance : SummaryLabels.labels(memo, cxt, r.stance())) {
                        if (!stance.isLiteral() || !"en".equals(stance.getLiteralLanguage())) continue;
                        row[STANCE] = stance;
                        out.add(binding(binding, vars, row));
                    }
                }
            }
        }
        List<SortCondition> order = new ArrayList<>(COLUMNS);
        for (Var v : vars) order.add(new SortCondition(v, Query.ORDER_ASCENDING));
        out.sort(new BindingComparator(order));
        return QueryIterPlainWrapper.create(out.iterator(), cxt);
    }

    /** {@code COALESCE(label, STR(term))} for each label: the labels, or the term's string (none for a blank node). */
    private static List<Node> labelsOr(Context memo, ExecutionContext cxt, Node term) {
        return SummaryLabels.orTermString(SummaryLabels.labels(memo, cxt, term), term);
    }

    /** {@code STRAFTER(STR(?p), "#")}: what follows the first '#', "" without one. */
    private static String after(Node relation) {
        String s = relation.isURI() ? relation.getURI() : relation.getLiteralLexicalForm();
        int k = s.indexOf('#');
        return k < 0 ? "" : s.substring(k + 1);
    }

    private static Binding binding(Binding parent, List<Var> vars, Node[] row) {
        BindingBuilder b = BindingBuilder.create(parent);
        for (int i = 0; i < COLUMNS; i++) if (row[i] != null) b.add(vars.get(i), row[i]);
        return b.build();
    }
}
