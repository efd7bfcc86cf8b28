package org.chipgraph.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
import org.apache.jena.vocabulary.RDFS;
import org.chipgraph.store.EndKind;
import org.chipgraph.store.FactEndRow;
import org.chipgraph.store.SummaryGraph;
import org.chipgraph.rdf.CG;

/**
 * {@code ?control cgf:reachRows (?target ?role ?issuer ?date ?sourceCount ?source)}: the rows of control-reach, in the
 * order its earlier text gave them (each label of the control's issuer outermost, "" without one; then the targets
 * in the summary graph's index order), built as they are read, so a page reads only its own targets. The same
 * values as that text (kept as src/test/resources/query/control-reach-by-sparql.rq): each restriction's source
 * count, earliest date (a target without both gives no row) and citation, as its fact node holds them, the target's
 * class for its role. Why: that text spent most of its time in ARQ's iterators around those lookups (a join, an OPTIONAL and
 * five BINDs per target).
 */
public final class ControlReachRows extends EntityRowList {
    public static final String IRI = FactValue.NS + "reachRows";
    private static final int COLUMNS = 6;

    public ControlReachRows() { super(IRI, COLUMNS, "control"); }

    private static final Node ISSUER = CG.term("issuer");
    private static final Node CHIP = CG.Chip, COUNTRY = CG.Country, COMPANY = CG.Company;

    /** Registers cgf:reachRows (called once, by {@link TextQuery#register}). */
    static void register() {
        PropertyFunctionRegistry.get().put(IRI, ControlReachRows.class);
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node control, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        List<Var> vars = variables(binding, control, object);
        SummaryLookups look = new SummaryLookups(cxt);
        List<Node> issuers = issuerLabels(cxt, control);
        boolean isList = look.isA(control, SummaryLookups.RESTRICTED_PARTY_LIST);
        PageLabels labels = PageLabels.of(cxt);
        Iterator<Binding> rows = new Iterator<>() {
            private int issuer = 0;
            private Iterator<Quad> targets = null;
            private final List<Binding> pending = new ArrayList<>(1);

            @Override
            public boolean hasNext() {
                while (pending.isEmpty()) {
                    if (targets == null || !targets.hasNext()) {
                        if (issuer >= issuers.size()) return false;
                        issuer++;
                        targets = cxt.getDataset().find(SummaryGraph.NODE, control, SummaryLookups.RESTRICTS, Node.ANY);
                        continue;
                    }
                    Node t = targets.next().getObject();
                    addRows(look, labels, binding, vars, control, t, isList, issuers.get(issuer - 1), pending);
                }
                return true;
            }

            @Override
            public Binding next() {
                if (!hasNext()) throw new NoSuchElementException();
                return pending.remove(0);
            }
        };
        return QueryIterPlainWrapper.create(rows, cxt);
    }

    /** The issuer's labels over every graph ({@code OPTIONAL { ?control cg:issuer/rdfs:label ?l }}), or "" for none. */
    private static List<Node> issuerLabels(ExecutionContext cxt, Node control) {
        List<Node> out = new ArrayList<>(1);
        for (Iterator<Quad> it = cxt.getDataset().find(Quad.unionGraph, control, ISSUER, Node.ANY); it.hasNext();) {
            Node issuer = it.next().getObject();
            for (Iterator<Quad> ls = cxt.getDataset().find(Quad.unionGraph, issuer, RDFS.label.asNode(), Node.ANY); ls.hasNext();) {
                out.add(ls.next().getObject());
            }
        }
        if (out.isEmpty()) out.add(NodeFactory.createLiteralString(""));
        return out;
    }

    /**
     * The target's row: its restriction's source count, earliest date and citation (may be unbound), from the
     * restriction's row on the control ({@link FactEndRow}: all the control's read in one range read, where reading
     * each restriction's node was two B+tree descents a target); none without a count and a date. The row holds the
     * target's kind (its role) and labels too, left in {@code labels} for labelling the page, so a target costs no
     * look-up beyond the control's rows.
     */
    private static void addRows(SummaryLookups look, PageLabels labels, Binding parent, List<Var> vars, Node control, Node t, boolean isList,
            Node issuer, List<Binding> out) {
        if (!t.isURI()) return; // the fact-node functions give no value for a literal target
        FactEndRow r = look.endRow(control, SummaryLookups.RESTRICTS, t, SummaryLookups.End.SUBJECT);
        if (r == null || r.sourceCount() == null || r.earliestDate() == null) return;
        if (labels != null && r.otherLabels() != null) labels.put(t, r.otherLabels());
        Node role = NodeFactory.createLiteralString(r.kind() != null ? role(r.kind(), isList) : role(look, t, isList));
        BindingBuilder b = BindingBuilder.create(parent);
        b.add(vars.get(0), t).add(vars.get(1), role).add(vars.get(2), issuer).add(vars.get(3), r.earliestDate()).add(vars.get(4), r.sourceCount());
        if (r.citation() != null) b.add(vars.get(5), r.citation());
        out.add(b.build());
    }

    /** The role of a target of this kind (ontology/chipgraph.ttl, "What a measure targets"): a company a list names is a party. */
    private static String role(EndKind kind, boolean isList) {
        return switch (kind) {
            case CHIP -> "restricted item";
            case COUNTRY -> "restricted destination";
            case OTHER -> "other";
            case LISTED_COMPANY -> "restricted party";
            case COMPANY -> isList ? "restricted party" : "exporter needing a licence";
        };
    }

    /** The target's role in the measure by its class (ontology/chipgraph.ttl, "What a measure targets"). */
    private static String role(SummaryLookups look, Node t, boolean isList) {
        if (look.isA(t, CHIP)) return "restricted item";
        if (look.isA(t, COUNTRY)) return "restricted destination";
        if (!look.isA(t, COMPANY)) return "other";
        return isList || look.listedParty(t) ? "restricted party" : "exporter needing a licence";
    }
}
