package org.chipgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * A page of a question whose rows are ordered by document first ({@code # pages: by document} in its header, such
 * as {@code facts}): the documents are listed in that order (a graph with {@code cg:fileName}, named by its
 * {@code cg:sourcePath} or else its file name, as the question's {@code ?doc}), and the question runs on a few of
 * them at a time, its graph variable {@code ?g} bound by a VALUES block, until the page is full. Run over the whole
 * store, such a question sorts and groups every claim before it can answer its first row; by document, a page
 * reads the documents it shows (and those before it, for an offset).
 */
final class DocumentPages {
    private static final Var GRAPH = Var.alloc("g");
    /** Documents in the first run; then as many as the rows still wanted need at the rows per document seen so far. */
    private static final int FIRST_BATCH = 16;
    private static final int MAX_BATCH = 1024;

    private DocumentPages() {}

    /** True when the question asks to be paged by document ('# pages: by document' in its header). */
    static boolean applies(Question q) {
        return q.sparql().lines().map(String::strip).anyMatch(l -> l.equals("# pages: by document"));
    }

    /**
     * Rows offset.. of at most {@code limit} (0 = all), and whether more follow; call inside a read transaction.
     * The question's own ORDER BY must start with the document, so runs in document order concatenate in its order.
     */
    static AnswerPage.Page select(DatasetGraph dsg, Question q, Binding params, long limit, long offset, long timeoutMillis) {
        long deadline = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000 : Long.MAX_VALUE;
        Query base = ParsedQueries.of(q.sparql());
        DocumentOrder.Listing listing = DocumentOrder.of(dsg);
        List<List<Node>> docs = listing.docs();
        // Start at the last document known to begin at or before the offset (a page answered before found it).
        NavigableMap<Long, Integer> marks = listing.marks(q.sparql() + "\n" + params);
        Map.Entry<Long, Integer> start = marks.floorEntry(offset);
        long seen = start == null ? 0 : start.getKey();
        int from = start == null ? 0 : start.getValue();
        List<Binding> rows = new ArrayList<>();
        List<Var> vars = base.getProjectVars();
        long skip = offset - seen;
        int batch = FIRST_BATCH;
        for (int i = from; i < docs.size(); ) {
            marks.putIfAbsent(seen, i);
            List<Node> graphs = new ArrayList<>();
            int end = Math.min(docs.size(), i + batch);
            for (int j = i; j < end; j++) graphs.addAll(docs.get(j));
            int first = i;
            i = end;
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) throw new QueryCancelledException();
            QueryExecBuilder b = QueryExec.dataset(dsg).query(on(base, graphs)).substitution(params);
            if (deadline != Long.MAX_VALUE) b.timeout(left);
            long before = seen;
            try (QueryExec exec = b.build()) {
                RowSet rs = exec.select();
                vars = rs.getResultVars();
                while (rs.hasNext()) {
                    Binding row = rs.next();
                    seen++;
                    if (skip > 0) { skip--; continue; }
                    if (limit > 0 && rows.size() == limit) return new AnswerPage.Page(vars, rows, true);
                    rows.add(row);
                }
            }
            double perDoc = Math.max(0.5, (double) (seen - before) / (i - first));
            long wanted = limit == 0 ? Long.MAX_VALUE : skip + limit + 1 - rows.size();
            batch = (int) Math.max(1, Math.min(MAX_BATCH, Math.ceil(wanted / perDoc * 1.2)));
        }
        return new AnswerPage.Page(vars, rows, false);
    }

    /** The query with {@code VALUES ?g { graphs }} first in its pattern, so each pattern in GRAPH ?g reads those graphs only. */
    private static Query on(Query base, List<Node> graphs) {
        Query q = base.cloneQuery();
        ElementData values = new ElementData();
        values.add(GRAPH);
        for (Node g : graphs) values.add(BindingFactory.binding(GRAPH, g));
        ElementGroup where = new ElementGroup();
        where.addElement(values);
        Element pattern = base.getQueryPattern();
        if (pattern instanceof ElementGroup group) group.getElements().forEach(where::addElement);
        else where.addElement(pattern);
        q.setQueryPattern(where);
        return q;
    }
}
