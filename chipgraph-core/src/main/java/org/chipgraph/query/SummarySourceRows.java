package org.chipgraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.chipgraph.store.SourceRow;
import org.chipgraph.store.SummaryGraph;

/**
 * {@code ?entity cgf:sourceRows (?s ?p ?o ?stance ?confidence ?source ?where ?evidence)}: the entity's claims as
 * entity-sources reads them, one binding per precomputed row on the entity in the summary graph ({@link SourceRow},
 * kept by the store on every write): the claim's subject, relation and object, its stance (an IRI), confidence,
 * file, where ("chars B-E" or "row N"; left unbound for neither) and evidence. One range read of the entity's rows
 * instead of ten properties of each claim read from the union of the graphs.
 */
public final class SummarySourceRows extends EntityRowList {
    public static final String IRI = FactValue.NS + "sourceRows";
    private static final Node SOURCE_ROW = NodeFactory.createURI("https://w3id.org/chipgraph/ontology#sourceRow");

    public SummarySourceRows() { super(IRI); }

    /** Registers cgf:sourceRows (called once, by {@link TextQuery#register}). */
    static void register() {
        PropertyFunctionRegistry.get().put(IRI, SummarySourceRows.class);
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        List<Var> vars = variables(binding, subject, object);
        List<Binding> out = new ArrayList<>();
        for (SourceRow r : read(cxt, subject)) {
            BindingBuilder b = BindingBuilder.create(binding);
            b.add(vars.get(0), r.subject()).add(vars.get(1), r.relation()).add(vars.get(2), r.object()).add(vars.get(3), r.stance())
                    .add(vars.get(4), r.confidence()).add(vars.get(5), r.source());
            if (r.where() != null) b.add(vars.get(6), NodeFactory.createLiteralString(r.where()));
            b.add(vars.get(7), r.evidence());
            out.add(b.build());
        }
        return QueryIterPlainWrapper.create(out.iterator(), cxt);
    }

    /** The entity's stored rows, in the store's order. */
    static List<SourceRow> read(ExecutionContext cxt, Node entity) {
        Map<String, Node> memo = new HashMap<>();
        List<SourceRow> out = new ArrayList<>();
        for (Iterator<Quad> it = cxt.getDataset().find(SummaryGraph.NODE, entity, SOURCE_ROW, Node.ANY); it.hasNext();) {
            Node stored = it.next().getObject();
            if (stored.isLiteral()) out.add(SourceRow.parse(stored.getLiteralLexicalForm(), entity, memo));
        }
        return out;
    }
}
