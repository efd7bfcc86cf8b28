package org.chipgraph.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.chipgraph.rdf.CG;
import org.chipgraph.store.SummaryGraph;

/**
 * {@code ?company cgf:chipClaims (?p ?c ?fact ?row ?chip ?quantity ?r1 ?date ?r2 ?st ?r3 ?source ?e ?evidence ?stance
 * ?relation)}: the rows company-chips' earlier text made by its joins and BINDs
 * (src/test/resources/query/company-chips-by-sparql.rq), every variable bound to the value that text gave it, so
 * its {@code ORDER BY} (kept in the question) sorts them as before, ties included: ARQ breaks a tie by comparing
 * every variable of the rows, by name. Per relation (buys, orders, receives), each fact of the company in the summary
 * graph, each print-ready row on its node (store.ClaimRows), each label of the chip, each English label of the
 * stance; the row's fields split as the text's STRBEFORE/STRAFTER split them.
 * <p>
 * Why: ARQ's iterators, ten BINDs per row and two IRI() parses (the fact's node and the stance) were most of this
 * question's time at 10 M quads (ByteDance: 243 rows), not reading the rows.
 */
public final class CompanyChipClaims extends EntityRowList {
    public static final String IRI = FactValue.NS + "chipClaims";
    private static final int COLUMNS = 16;
    private static final List<Node> RELATIONS = List.of(CG.term("buys"), CG.term("orders"), CG.term("receives"));
    private static final Node CLAIM_ROW = NodeFactory.createURI("https://w3id.org/chipgraph/ontology#claimRow");

    public CompanyChipClaims() { super(IRI, COLUMNS, "company"); }

    /** Registers cgf:chipClaims (called once, by {@link TextQuery#register}). */
    static void register() {
        PropertyFunctionRegistry.get().put(IRI, CompanyChipClaims.class);
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node company, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        List<Var> vars = variables(binding, company, object);
        Context memo = cxt.getContext();
        SummaryIndex index = new SummaryIndex(cxt.getDataset());
        List<Binding> out = new ArrayList<>();
        if (!company.isURI()) return QueryIterPlainWrapper.create(out.iterator(), cxt);
        for (Node p : RELATIONS) {
            Node relation = NodeFactory.createLiteralString(strafter(p.getURI(), "#"));
            for (Node c : index.objects(company, p)) {
                if (!c.isURI()) continue; // a literal has no fact node, so no rows
                Node fact = SummaryGraph.factNode(company, p, c);
                for (Node row : index.objects(fact, CLAIM_ROW)) {
                    if (!row.isLiteral()) continue;
                    String text = row.getLiteralLexicalForm();
                    String r1 = strafter(text, SEP), r2 = strafter(r1, SEP), r3 = strafter(r2, SEP);
                    String e = strbefore(strafter(r3, SEP), SEP);
                    Node st = NodeFactory.createURI(strbefore(r2, SEP));
                    Node[] cells = {p, c, fact, row, null, lit(strbefore(text, SEP)), lit(r1), lit(strbefore(r1, SEP)), lit(r2), st,
                            lit(r3), lit(strbefore(r3, SEP)), lit(e), e.isEmpty() ? null : lit(e), null, relation};
                    for (Node chip : SummaryLabels.labels(memo, cxt, c)) {
                        cells[4] = chip;
                        for (Node stance : SummaryLabels.labels(memo, cxt, st)) {
                            if (!stance.isLiteral() || !"en".equals(stance.getLiteralLanguage())) continue;
                            cells[14] = stance;
                            out.add(binding(binding, vars, cells));
                        }
                    }
                }
            }
        }
        return QueryIterPlainWrapper.create(out.iterator(), cxt);
    }

    private static Binding binding(Binding parent, List<Var> vars, Node[] cells) {
        BindingBuilder b = BindingBuilder.create(parent);
        for (int i = 0; i < COLUMNS; i++) if (cells[i] != null) b.add(vars.get(i), cells[i]);
        return b.build();
    }
}
