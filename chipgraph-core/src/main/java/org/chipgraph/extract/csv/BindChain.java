package org.chipgraph.extract.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * A mapping's WHERE clause compiled once into the steps it is made of when it is only BINDs and FILTERs
 * over the row (every bundled mapping): each row is then evaluated by ARQ's own expression evaluator on the
 * row's binding, without copying the algebra and building query iterators per row. A clause with anything
 * else (a triple pattern, OPTIONAL, UNION, EXISTS, a sub-select, a BIND onto a cell variable) is not
 * compiled; the executor runs it through ARQ. The semantics are ARQ's: a BIND whose expression raises an
 * evaluation error leaves its variable unbound, a FILTER whose expression raises one drops the row.
 */
final class BindChain {

    private record Step(Var var, Expr bind, ExprList filter) {}

    private final List<Step> steps;

    private BindChain(List<Step> steps) { this.steps = List.copyOf(steps); }

    /** The compiled chain of {@code op}, or empty when it needs query evaluation beyond expressions on the row. */
    static Optional<BindChain> of(Op op, Set<Var> cellVars) {
        List<Step> steps = new ArrayList<>();
        return collect(op, cellVars, steps) ? Optional.of(new BindChain(steps)) : Optional.empty();
    }

    private static boolean collect(Op op, Set<Var> cellVars, List<Step> steps) {
        if (op instanceof OpTable t) return t.isJoinIdentity();
        if (op instanceof OpExtend e) {
            if (!collect(e.getSubOp(), cellVars, steps)) return false;
            for (Var v : e.getVarExprList().getVars()) {
                Expr x = e.getVarExprList().getExpr(v);
                // a BIND onto a cell would be substituted away by ARQ's path: keep that case on ARQ
                if (x == null || cellVars.contains(v) || !plain(x)) return false;
                steps.add(new Step(v, x, null));
            }
            return true;
        }
        if (op instanceof OpFilter f) {
            if (!collect(f.getSubOp(), cellVars, steps)) return false;
            for (Expr x : f.getExprs()) if (!plain(x)) return false;
            steps.add(new Step(null, null, f.getExprs()));
            return true;
        }
        return false;
    }

    /** Whether the expression needs no graph: no EXISTS / NOT EXISTS (the only expressions holding a pattern). */
    private static boolean plain(Expr x) {
        boolean[] graph = {false};
        Walker.walk(x, new ExprVisitorBase() {
            @Override public void visit(ExprFunctionOp funcOp) { graph[0] = true; }
        });
        return !graph[0];
    }

    /** The row's binding extended by the BINDs, in order; null when a FILTER drops the row. */
    Binding eval(Binding row, FunctionEnv env) {
        Binding current = row;
        for (Step s : steps) {
            if (s.filter() != null) {
                for (Expr x : s.filter()) if (!x.isSatisfied(current, env)) return null;
                continue;
            }
            Node n;
            try {
                NodeValue v = s.bind().eval(current, env);
                n = v == null ? null : v.asNode();
            } catch (ExprEvalException e) {
                n = null;
            }
            if (n == null) continue;
            current = BindingFactory.binding(current, s.var(), n);
        }
        return current;
    }
}
