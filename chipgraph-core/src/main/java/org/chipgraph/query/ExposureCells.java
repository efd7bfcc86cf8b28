package org.chipgraph.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;

/**
 * The printed cells of an exposure row, as the exposure questions' earlier texts computed them by BINDs per row
 * (src/test/resources/query/company-export-control-exposure-by-sparql.rq): the four names and the two citations.
 */
final class ExposureCells {
    static final int COMPANY_NAME = 0, CONTROL_NAME = 1, VIA = 2, THROUGH = 3;
    private static final Node EMPTY = NodeFactory.createLiteralString("");
    private static final Node THE_RESTRICTION = NodeFactory.createLiteralString("(the restriction)");
    private static final NodeValue PLUS = NodeValue.makeString(" + ");
    /** The paths' names as literals, made once (a page printed a new literal per row, its datatype checked each time). */
    private static final java.util.Map<String, Node> PATHS = new java.util.concurrent.ConcurrentHashMap<>();

    private ExposureCells() {}

    /**
     * The names of company, control, x and thr: a row per combination of their labels (the first entity outermost,
     * as {@code cgf:labels} gives them), each name the label or the term's string without one; "through" is "" when
     * thr is x.
     */
    static List<Node[]> names(SummaryLookups look, Node company, Node control, Node x, Node thr) {
        List<Node[]> out = new ArrayList<>(1);
        boolean same = thr.equals(x);
        for (Node cl : labelsOr(look, company)) {
            for (Node kl : labelsOr(look, control)) {
                for (Node xl : labelsOr(look, x)) {
                    for (Node tl : labelsOr(look, thr)) out.add(new Node[] {cl, kl, xl, same ? EMPTY : tl});
                }
            }
        }
        return out;
    }

    /** {@code COALESCE(label, STR(term))} for each label; null for a blank node without one. */
    private static List<Node> labelsOr(SummaryLookups look, Node term) {
        return SummaryLabels.orTermString(look.labels(term), term);
    }

    /**
     * The row's restriction and evidence (either may be null: unbound), or null when the row is dropped: the
     * restriction or the company's fact has no seat citation (every claim denied). The evidence is "(the
     * restriction)" for a restricted party or an exporter, the seat's citation and the link's for a destination,
     * else the link's citation. A purchase's citation is read from its row on {@code purchaseEnd} (the page's
     * entity, whose purchases it cites together: the company's, or the chip's buyers), a restriction's from its target.
     */
    static Node[] citations(SummaryLookups look, ExposurePath p, SummaryLookups.End purchaseEnd) {
        // a restriction from its target, which few controls restrict (a control restricts thousands)
        Node[] restriction = look.citations(p.control(), SummaryLookups.RESTRICTS, p.x(), SummaryLookups.End.OBJECT);
        if (restriction[1] == null || !restriction[1].isLiteral()) return null;
        SummaryLookups.End linkEnd = p.lp().equals(SummaryLookups.RESTRICTS) ? SummaryLookups.End.OBJECT : purchaseEnd;
        Node[] link = look.citations(p.ls(), p.lp(), p.lo(), linkEnd);
        if (link[1] == null || !link[1].isLiteral()) return null;
        Node evidence;
        if (p.lp().equals(SummaryLookups.RESTRICTS)) evidence = THE_RESTRICTION;
        else {
            Node linkCite = link[0];
            Node seatCite = p.seatP() == null ? null : look.citations(p.company(), p.seatP(), p.x())[1];
            if (seatCite == null) evidence = linkCite;
            else evidence = linkCite == null ? null : concat(seatCite, linkCite);
        }
        return new Node[] {restriction[0], evidence};
    }

    /**
     * The printed row of a path with one combination of its names ({@link #names}) and its citations
     * ({@link #citations}): company, control, path, via, through, restriction, evidence; an unbound cell left out.
     */
    static Binding row(Binding parent, List<Var> vars, ExposurePath p, Node[] names, Node[] cites) {
        Node[] cells = {names[COMPANY_NAME], names[CONTROL_NAME], PATHS.computeIfAbsent(p.path(), NodeFactory::createLiteralString), names[VIA], names[THROUGH], cites[0], cites[1]};
        BindingBuilder b = BindingBuilder.create(parent);
        for (int i = 0; i < cells.length; i++) if (cells[i] != null) b.add(vars.get(i), cells[i]);
        return b.build();
    }

    /** {@code CONCAT(seat, " + ", link)}; null (unbound) where CONCAT gives an error. */
    private static Node concat(Node seat, Node link) {
        try {
            return XSDFuncOp.strConcat(List.of(NodeValue.makeNode(seat), PLUS, NodeValue.makeNode(link))).asNode();
        } catch (org.apache.jena.sparql.expr.ExprEvalException e) {
            return null;
        }
    }
}
