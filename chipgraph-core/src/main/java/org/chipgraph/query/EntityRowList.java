package org.chipgraph.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.pfunction.PFuncSimpleAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;

/**
 * A property function {@code ?entity f (?v1 ... ?vn)} over rows about one entity: the entity bound, n variables not
 * bound yet. The checks {@link SummarySourceRows}, {@link SummarySourcePage} (an entity's stored source rows, eight
 * columns), {@link ControlReachRows} and {@link CompanyExposurePage} share.
 */
abstract class EntityRowList extends PFuncSimpleAndList {
    static final int COLUMNS = 8;
    private final String iri;
    private final int columns;
    private final String subject;

    /** An entity's eight columns of source rows. */
    EntityRowList(String iri) { this(iri, COLUMNS, "entity"); }

    /** {@code columns} variables about a bound {@code subject} ("company", "control"), as errors name it. */
    EntityRowList(String iri, int columns, String subject) {
        this.iri = iri;
        this.columns = columns;
        this.subject = subject;
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        super.build(subject, predicate, object, cxt);
        if (object.getArgListSize() != columns) throw new QueryBuildException(iri + " takes " + columns + " variables");
        for (Node n : object.getArgList()) if (!n.isVariable()) throw new QueryBuildException(iri + " takes variables");
    }

    /** The list's variables in order; an error when the entity is not bound or a variable is bound already. */
    List<Var> variables(Binding binding, Node bound, PropFuncArg object) {
        if (!bound.isConcrete()) throw new QueryExecException(iri + " needs its " + subject + " bound");
        List<Var> vars = new ArrayList<>(columns);
        for (Node n : object.getArgList()) {
            Var v = Var.alloc(n);
            if (binding.contains(v)) throw new QueryExecException(iri + ": the variable " + v + " is bound already");
            vars.add(v);
        }
        return vars;
    }

    /** The separator of the fields of a stored print-ready row (store.ClaimRows, store.SupplyRows). */
    static final String SEP = "\u001F";

    static Node lit(String s) { return org.apache.jena.graph.NodeFactory.createLiteralString(s); }

    /** SPARQL's STRBEFORE: the text before the first separator, "" without one. */
    static String strbefore(String s, String sep) {
        int k = s.indexOf(sep);
        return k < 0 ? "" : s.substring(0, k);
    }

    /** SPARQL's STRAFTER: the text after the first separator, "" without one. */
    static String strafter(String s, String sep) {
        int k = s.indexOf(sep);
        return k < 0 ? "" : s.substring(k + sep.length());
    }
}
