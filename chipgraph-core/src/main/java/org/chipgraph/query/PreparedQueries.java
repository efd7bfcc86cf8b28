package org.chipgraph.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A question's algebra compiled and optimised once per page shape (its text, limit and offset), its parameters
 * substituted into that algebra per request. Binding by substitution in the query's syntax, as before, made
 * TDB2 compile and optimise the algebra again on every request (9 % of company-chips' request through the
 * endpoint at 10 M quads, 12 % of what it allocated). Parameters are bound as RDF terms into the algebra
 * ({@code Substitute}), never as text. Only plans are kept, never answers.
 */
final class PreparedQueries {
    /** Context key of a prepared execution: the plan's key and the parameters to substitute. */
    private static final Symbol PREPARED = Symbol.create("https://w3id.org/chipgraph/function#preparedQuery");
    /** More than the questions times the page shapes asked in practice. */
    private static final int KEEP = 512;

    private record Request(String key, Binding params) {}

    /** An optimised algebra and its variables, with the names the optimiser gave a sub-query's own variables. */
    private record Prepared(Op op, Collection<Var> vars) {}

    private static final Map<String, Prepared> OPS = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Prepared> eldest) { return size() > KEEP; }
    };

    private static final Factory FACTORY = new Factory();

    static {
        // After Jena's own engines (TDB2 registers at system init), so this one is asked first.
        org.apache.jena.sys.JenaSystem.init();
        QueryEngineRegistry.addFactory(FACTORY);
    }

    private PreparedQueries() {}

    /**
     * The execution of {@code query} (a question's parsed text with its page set; {@code key} names that text and
     * page) with {@code params} substituted: a prepared plan on a TDB2 store, else the query with the
     * parameters substituted in its syntax.
     */
    static QueryExecBuilder exec(DatasetGraph dsg, Query query, String key, Binding params) {
        // Another engine registered after this one would be asked first and run the query without its parameters.
        if (!TDBInternal.isBackedByTDB(dsg) || QueryEngineRegistry.get().factories().get(0) != FACTORY) {
            return QueryExec.dataset(dsg).query(query).substitution(params);
        }
        return QueryExec.dataset(dsg).query(query).set(PREPARED, new Request(key, params));
    }

    /** The compiled and optimised algebra of a query as TDB2 would run it, without parameters. */
    private static Prepared prepare(String key, Query query, DatasetGraphTDB dsg, Context cxt) {
        synchronized (OPS) {
            Prepared p = OPS.get(key);
            if (p != null) return p;
        }
        Op op = new Compiler(query, dsg, cxt).optimised();
        Prepared p = new Prepared(op, OpVars.mentionedVars(op));
        synchronized (OPS) {
            OPS.putIfAbsent(key, p);
        }
        return p;
    }

    /**
     * The parameters for the optimised algebra: each also under the names the optimiser gave it inside a sub-query
     * that does not project it ("?/company"), since substitution in the text, which the questions were written for,
     * binds the parameter there too (who-supplies' chips of the company were such a sub-query until session 35).
     */
    private static Binding forAlgebra(Prepared p, Binding params) {
        BindingBuilder b = BindingBuilder.create(params);
        Set<Var> hidden = new LinkedHashSet<>();
        params.vars().forEachRemaining(v -> {
            // In a pattern at any depth, or in an expression of up to four nested sub-queries.
            for (String h = ARQConstants.allocVarScopeHiding; h.length() <= 4; h += ARQConstants.allocVarScopeHiding) hidden.add(Var.alloc(h + v.getVarName()));
        });
        for (Var v : p.vars()) if (v.getVarName().startsWith(ARQConstants.allocVarScopeHiding)) hidden.add(v);
        for (Var v : hidden) {
            Node value = params.get(Var.alloc(v.getVarName().replaceFirst("^" + java.util.regex.Pattern.quote(ARQConstants.allocVarScopeHiding) + "+", "")));
            if (value != null && !b.contains(v)) b.add(v, value);
        }
        return b.build();
    }

    /** TDB2's own compile and optimise steps, run once with no parameters bound. */
    private static final class Compiler extends QueryEngineTDB {
        Compiler(Query query, DatasetGraphTDB dsg, Context cxt) { super(query, dsg, BindingFactory.empty(), cxt); }

        Op optimised() { return modifyOp(getOp()); }
    }

    /**
     * Runs a prepared algebra: the parameters are the start binding, which the engine substitutes into the
     * algebra before it evaluates it (and which stays the parent of every row, as it does in TDB2's own engine);
     * the algebra is not optimised again.
     */
    private static final class Engine extends QueryEngineTDB {
        Engine(Op op, DatasetGraphTDB dsg, Binding params, Context cxt) { super(op, dsg, params, cxt); }

        @Override
        protected Op modifyOp(Op op) { return op; }
    }

    /** Takes only executions marked by {@link #exec}; every other query goes to TDB2's or ARQ's own engine. */
    private static final class Factory implements QueryEngineFactory {
        @Override
        public boolean accept(Query query, DatasetGraph dsg, Context cxt) {
            return cxt != null && cxt.get(PREPARED) instanceof Request && TDBInternal.isBackedByTDB(dsg);
        }

        @Override
        public Plan create(Query query, DatasetGraph dsg, Binding input, Context cxt) {
            Request r = cxt.get(PREPARED);
            DatasetGraphTDB tdb = TDBInternal.requireStorage(dsg);
            Prepared p = prepare(r.key(), query, tdb, cxt);
            return new Engine(p.op(), tdb, forAlgebra(p, r.params()), cxt).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dsg, Context cxt) { return false; }

        @Override
        public Plan create(Op op, DatasetGraph dsg, Binding input, Context cxt) {
            throw new UnsupportedOperationException("prepared questions are run from their query");
        }
    }

    /** For tests: how many plans are kept. */
    static int size() {
        synchronized (OPS) {
            return OPS.size();
        }
    }

    /** For tests: forget every prepared plan. */
    static void clear() {
        synchronized (OPS) {
            OPS.clear();
        }
    }
}
