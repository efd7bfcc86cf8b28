package org.chipgraph.query;

import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetOps;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.chipgraph.fact.InputException;

/** Runs a question or a SPARQL text over a store, with bound parameters, printing in a chosen format. */
public final class QueryRunner {
    private final DatasetGraph dsg;
    private final long timeoutMillis;

    public QueryRunner(DatasetGraph dsg, long timeoutMillis) {
        this.dsg = dsg;
        this.timeoutMillis = timeoutMillis;
    }

    public void run(Question q, Map<String, String> params, ResultFormat format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            Binding binding = Bindings.of(q, params, dsg);
            Query query = QueryFactory.create(q.sparql());
            QueryExecBuilder b = QueryExec.dataset(dsg).query(query).substitution(binding);
            if (timeoutMillis > 0) b.timeout(timeoutMillis);
            try (QueryExec exec = b.build()) {
                if (query.isSelectType()) {
                    RowSet rs = exec.select();
                    switch (format) {
                        case TABLE -> RowSetOps.out(out, rs, query.getPrologue());
                        case CSV -> ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, rs);
                        case TSV -> ResultsWriter.create().lang(ResultSetLang.RS_TSV).write(out, rs);
                        case JSON -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, rs);
                    }
                } else if (query.isAskType()) {
                    boolean answer = exec.ask();
                    switch (format) {
                        case JSON -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(out, answer);
                        default -> writeLine(out, Boolean.toString(answer));
                    }
                } else {
                    var graph = query.isConstructType() ? exec.construct() : exec.describe();
                    RDFDataMgr.write(out, graph, format == ResultFormat.JSON ? RDFFormat.JSONLD_PRETTY : RDFFormat.TURTLE_PRETTY);
                }
            } catch (QueryCancelledException e) {
                throw new InputException("question '" + q.name() + "': stopped after the time limit of " + timeoutMillis + " ms");
            }
        });
    }

    private static void writeLine(OutputStream out, String s) {
        try {
            out.write((s + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
