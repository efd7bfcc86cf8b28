package org.chipgraph.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.chipgraph.error.InputError;

/** Runs a question or a SPARQL text over a store, with bound parameters, printing in a chosen format. */
public final class QueryRunner {
    /** Rows a question answers at most at a time unless asked otherwise (--limit). */
    public static final long DEFAULT_PAGE = 1000;

    static { TextQuery.register(); }

    private final DatasetGraph dsg;
    private final long timeoutMillis;
    private final long limit;
    private final long offset;
    private final boolean iris;

    public QueryRunner(DatasetGraph dsg, long timeoutMillis) {
        this(dsg, timeoutMillis, DEFAULT_PAGE, 0, false);
    }

    private QueryRunner(DatasetGraph dsg, long timeoutMillis, long limit, long offset, boolean iris) {
        this.dsg = dsg;
        this.timeoutMillis = timeoutMillis;
        this.limit = limit;
        this.offset = offset;
        this.iris = iris;
    }

    /** The same runner printing entity IRIs as they are, not their labels. */
    public QueryRunner withIris(boolean keep) { return new QueryRunner(dsg, timeoutMillis, limit, offset, keep); }

    /** The same runner answering rows offset..offset+limit-1 of each SELECT; limit 0 = all rows. */
    public QueryRunner page(long limit, long offset) {
        if (limit < 0 || offset < 0) throw new ParameterException("--limit and --offset must be 0 or more");
        return new QueryRunner(dsg, timeoutMillis, limit, offset, iris);
    }

    /** The query of a question with this runner's page set on the parsed query (never on its text); one row more, to tell if there are more. */
    private Query paged(Question q) { return paged(q, limit, offset); }

    /**
     * The question's parsed query, shared: to read its form (SELECT, ASK, ...) and prefixes only, never to change or
     * run ({@link #paged} gives a copy to run).
     */
    public static Query parsed(Question q) { return ParsedQueries.shared(q.sparql()); }

    /** The parsed query of a question asking for rows offset.. of at most limit + 1 (0 = all rows). */
    public static Query paged(Question q, long limit, long offset) {
        Query query = ParsedQueries.of(q.sparql());
        if (!query.isSelectType()) return query;
        long own = query.hasLimit() ? query.getLimit() : Long.MAX_VALUE;
        long ownOffset = query.hasOffset() ? query.getOffset() : 0;
        if (offset > 0) query.setOffset(ownOffset + offset);
        if (limit > 0) query.setLimit(Math.min(own, limit + 1));
        return query;
    }

    /** Runs the question and prints its answer; returns the rows of a SELECT's page (-1 for other forms). */
    public long run(Question q, Map<String, String> params, ResultFormat format, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            Query query = parsed(q); // a SELECT is paged by AnswerPage, any other form run from its own copy below
            try {
                if (query.isSelectType()) {
                    AnswerPage.Page page = AnswerPage.select(dsg, q, binding(q, params), limit, offset, timeoutMillis);
                    long count = page.rows().size();
                    if (page.more()) System.err.println("chipgraph: question '" + q.name() + "': first " + limit + " rows from row " + (offset + 1)
                            + "; more with --offset " + (offset + limit));
                    if (format == ResultFormat.CSV) { // in one pass, labelled as written: the bytes of Jena's CSV writer
                        writeBytes(out, CsvAnswer.bytes(page.vars(), page.rows(), Labels.labeller(dsg, page.labels(), iris)));
                        return count;
                    }
                    List<org.apache.jena.sparql.engine.binding.Binding> kept = Labels.apply(page.vars(), page.rows(), dsg, page.labels(), iris);
                    RowSet rs = org.apache.jena.sparql.exec.RowSetStream.create(page.vars(), kept.iterator());
                    switch (format) {
                        case TABLE -> table(rs, query, out);
                        case TSV -> ResultsWriter.create().lang(ResultSetLang.RS_TSV).write(out, rs);
                        case JSON -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, rs);
                    }
                    return count;
                }
                try (QueryExec exec = exec(paged(q), q, params)) {
                    if (query.isAskType()) {
                        boolean answer = exec.ask();
                        switch (format) {
                            case JSON -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(out, answer);
                            default -> writeLine(out, Boolean.toString(answer));
                        }
                    } else {
                        var graph = query.isConstructType() ? exec.construct() : exec.describe();
                        RDFDataMgr.write(out, graph, format == ResultFormat.JSON ? RDFFormat.JSONLD_PRETTY : RDFFormat.TURTLE_PRETTY);
                    }
                }
                return -1L;
            } catch (QueryCancelledException e) {
                throw new InputError("question '" + q.name() + "': stopped after the time limit of " + timeoutMillis + " ms");
            }
        });
    }

    /** The question's parameters as RDF terms, with a note on stderr for each name read loosely. */
    private org.apache.jena.sparql.engine.binding.Binding binding(Question q, Map<String, String> params) {
        List<String> notes = new ArrayList<>();
        var b = Bindings.of(q, params, dsg, notes);
        notes.forEach(n -> System.err.println("chipgraph: " + n));
        return b;
    }

    /** The execution of a question with its parameters bound and the time limit set; call inside a read transaction. */
    private QueryExec exec(Query query, Question q, java.util.Map<String, String> params) {
        QueryExecBuilder b = QueryExec.dataset(dsg).query(query).substitution(binding(q, params));
        if (timeoutMillis > 0) b.timeout(timeoutMillis);
        return b.build();
    }

    /** Runs a SELECT question and returns all its rows (entities as labels unless withIris), each variable by name as the text of its value. */
    public List<java.util.Map<String, String>> rows(Question q, java.util.Map<String, String> params) {
        return Txn.calculateRead(dsg, () -> {
            List<java.util.Map<String, String>> rows = new ArrayList<>();
            try (QueryExec exec = exec(ParsedQueries.of(q.sparql()), q, params)) {
                List<org.apache.jena.sparql.engine.binding.Binding> all = new ArrayList<>();
                RowSet rs = exec.select();
                rs.forEachRemaining(all::add);
                // A row's variables in the order the query projects them, not the order the engine bound them in, which
                // changes with the shape of the query (a row compared as a string would change with it).
                List<org.apache.jena.sparql.core.Var> vars = rs.getResultVars();
                (iris ? all : Labels.apply(vars, all, dsg)).forEach(binding -> {
                    java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
                    for (var v : vars) {
                        Node n = binding.get(v);
                        if (n == null) continue;
                        row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
                    }
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    /** A table for people: literals as their text, IRIs shortened by the query's prefixes. */
    private static void table(RowSet rs, Query query, OutputStream out) {
        List<String> vars = rs.getResultVars().stream().map(v -> v.getVarName()).toList();
        List<List<String>> rows = new ArrayList<>();
        var prefixes = query.getPrologue().getPrefixMapping();
        rs.forEachRemaining(b -> {
            List<String> row = new ArrayList<>();
            for (String v : vars) {
                Node n = b.get(v);
                row.add(n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm()
                        : n.isURI() ? prefixes.shortForm(n.getURI()) : n.toString());
            }
            rows.add(row);
        });
        PrintStream ps = new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        TextTable.print(vars, rows, ps, 70);
        ps.println(rows.size() + (rows.size() == 1 ? " row" : " rows"));
        ps.flush();
    }

    private static void writeLine(OutputStream out, String s) {
        writeBytes(out, (s + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void writeBytes(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
