package org.chipgraph.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;

/**
 * One page of a SELECT question, as the CLI and the endpoint answer it: rows offset..offset+limit-1 and whether
 * more follow. A question paged by document ({@link DocumentPages}) is run a few documents at a time; any other
 * runs once with the page set on its parsed query, one row more than asked, to tell if there are more.
 */
public final class AnswerPage {
    /** The page's variables, rows (entities as IRIs) and whether rows follow it. */
    public record Page(List<Var> vars, List<Binding> rows, boolean more, PageLabels labels) {
        /** A page whose execution read no labels. */
        public Page(List<Var> vars, List<Binding> rows, boolean more) { this(vars, rows, more, null); }
    }

    private AnswerPage() {}

    /** True when the question is answered by {@link #select} rather than by running its query once. */
    public static boolean byDocument(Question q) { return DocumentPages.applies(q); }

    /** The page of a SELECT question with its parameters bound; limit 0 = all rows; call inside a read transaction. */
    public static Page select(DatasetGraph dsg, Question q, Binding params, long limit, long offset, long timeoutMillis) {
        if (DocumentPages.applies(q)) return DocumentPages.select(dsg, q, params, limit, offset, timeoutMillis);
        Query query = QueryRunner.paged(q, limit, offset);
        // Compiled and optimised once per question and page; the parameters substituted into that algebra.
        QueryExecBuilder b = PreparedQueries.exec(dsg, query, q.sparql() + "\u0000" + limit + "\u0000" + offset, params);
        if (timeoutMillis > 0) b.timeout(timeoutMillis);
        PageLabels labels = new PageLabels();
        b.set(PageLabels.SYMBOL, labels);
        try (QueryExec exec = b.build()) {
            RowSet rs = exec.select();
            List<Binding> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            boolean more = limit > 0 && rows.size() > limit;
            return new Page(rs.getResultVars(), more ? rows.subList(0, (int) limit) : rows, more, labels);
        }
    }
}
