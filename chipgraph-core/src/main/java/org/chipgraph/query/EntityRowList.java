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
 * A property function {@code ?entity f (?v1 ... ?v8)} over an entity's stored source rows: the entity bound, eight
 * variables not bound yet. The checks {@link SummarySourceRows} and {@link SummarySourcePage} share.
 */
abstract class EntityRowList extends PFuncSimpleAndList {
    static final int COLUMNS = 8;
    private final String iri;

    EntityRowList(String iri) { this.iri = iri; }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        super.build(subject, predicate, object, cxt);
        if (object.getArgListSize() != COLUMNS) throw new QueryBuildException(iri + " takes " + COLUMNS + " variables");
        for (Node n : object.getArgList()) if (!n.isVariable()) throw new QueryBuildException(iri + " takes variables");
    }

    /** The list's variables in order; an error when the entity is not bound or a variable is bound already. */
    List<Var> variables(Binding binding, Node subject, PropFuncArg object) {
        if (!subject.isConcrete()) throw new QueryExecException(iri + " needs its entity bound");
        List<Var> vars = new ArrayList<>(COLUMNS);
        for (Node n : object.getArgList()) {
            Var v = Var.alloc(n);
            if (binding.contains(v)) throw new QueryExecException(iri + ": the variable " + v + " is bound already");
            vars.add(v);
        }
        return vars;
    }
}
