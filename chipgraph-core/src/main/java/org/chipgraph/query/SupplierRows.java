package org.chipgraph.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.CastXSD;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.chipgraph.rdf.CG;
import org.chipgraph.store.SummaryGraph;

/**
 * {@code ?company cgf:supplierRows (?supplier ?fact ?row ?chips ?sources ?r1 ?source ?e ?evidence)}: the rows
 * who-supplies' earlier text made by its joins and BINDs (src/test/resources/query/who-supplies-by-sparql.rq), every
 * variable bound to the value that text gave it, so its {@code ORDER BY} (kept in the question) sorts them as before:
 * each supplier of the company in the summary graph (in index order), the supply row on the fact's node
 * (store.SupplyRows: "sources␟file␟evidence"), the chips cell ({@link SuppliedChips}), the row split as the text's
 * STRBEFORE/STRAFTER split it, the count cast as its {@code xsd:integer(...)} cast it (unbound when that fails), the
 * evidence unbound for "".
 * <p>
 * Why: after the chips cell moved to Java (session 35), ARQ's iterators around it were most of what was left of
 * this question at 10 M quads: per supplier a join, six BINDs and the fact node's IRI made by SHA-1 and parsed.
 */
public final class SupplierRows extends EntityRowList {
    public static final String IRI = FactValue.NS + "supplierRows";
    private static final int COLUMNS = 9;
    private static final Node SUPPLIES = CG.term("supplies");
    private static final Node SUPPLY_ROW = NodeFactory.createURI("https://w3id.org/chipgraph/ontology#supplyRow");

    public SupplierRows() { super(IRI, COLUMNS, "company"); }

    /** Registers cgf:supplierRows (called once, by {@link TextQuery#register}). */
    static void register() {
        PropertyFunctionRegistry.get().put(IRI, SupplierRows.class);
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node company, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        List<Var> vars = variables(binding, company, object);
        List<Binding> out = new ArrayList<>();
        // the fact node is made of the IRIs' texts: the earlier text's STR() gave no node for a blank node, nor
        // does the summary hold a supply row for one (store.SupplyRows)
        if (!company.isURI()) return QueryIterPlainWrapper.create(out.iterator(), cxt);
        SummaryIndex index = new SummaryIndex(cxt.getDataset());
        for (Node supplier : index.subjects(SUPPLIES, company)) {
            if (!supplier.isURI()) continue;
            Node fact = SummaryGraph.factNode(supplier, SUPPLIES, company);
            List<Node> rows = index.objects(fact, SUPPLY_ROW);
            if (rows.isEmpty()) continue;
            String chipsCell = SuppliedChips.cell(cxt, supplier, company);
            Node chips = chipsCell == null ? null : NodeFactory.createLiteralString(chipsCell);
            for (Node row : rows) {
                if (!row.isLiteral()) { // the text's STRBEFORE and STRAFTER fail on it: the row's cells unbound
                    out.add(BindingBuilder.create(binding).add(vars.get(0), supplier).add(vars.get(1), fact).add(vars.get(2), row).build());
                    continue;
                }
                String text = row.getLiteralLexicalForm();
                String r1 = strafter(text, SEP), e = strafter(r1, SEP);
                Node[] cells = {supplier, fact, row, chips, integer(strbefore(text, SEP)), lit(r1), lit(strbefore(r1, SEP)), lit(e),
                        e.isEmpty() ? null : lit(e)};
                BindingBuilder b = BindingBuilder.create(binding);
                for (int i = 0; i < COLUMNS; i++) if (cells[i] != null) b.add(vars.get(i), cells[i]);
                out.add(b.build());
            }
        }
        return QueryIterPlainWrapper.create(out.iterator(), cxt);
    }

    /** The text's {@code xsd:integer(STRBEFORE(...))}: the cast's node, or null where the cast fails (the variable unbound). */
    private static Node integer(String s) {
        try {
            return CastXSD.cast(NodeValue.makeString(s), XSDDatatype.XSDinteger).asNode();
        } catch (ExprEvalException e) {
            return null;
        }
    }
}
