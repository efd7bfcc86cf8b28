package org.chipgraph.query;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * The facts table in the scorer's columns, read from the store through queries/facts.rq:
 * one row per (document, subject, relation, object), subject and object by English label.
 */
public final class FactsTable {
    public static final List<String> COLUMNS = List.of("doc", "subject", "relation", "object", "quantity", "date", "confidence", "evidence");

    private FactsTable() {}

    public static List<List<String>> rows(DatasetGraph dsg, QuestionLibrary library) {
        Question q = library.get("facts");
        List<List<String>> rows = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(q.sparql())).build()) {
                exec.select().forEachRemaining(b -> {
                    List<String> row = new ArrayList<>();
                    for (String c : COLUMNS) {
                        Node n = b.get(c);
                        row.add(n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                    }
                    rows.add(row);
                });
            }
        });
        return rows;
    }

    public static void print(List<List<String>> rows, ResultFormat format, PrintStream out) throws IOException {
        switch (format) {
            case TSV -> {
                out.println(String.join("\t", COLUMNS));
                for (List<String> r : rows) out.println(String.join("\t", r.stream().map(FactsTable::oneLine).toList()));
            }
            case CSV -> {
                CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).build());
                for (List<String> r : rows) p.printRecord(r);
                p.flush();
            }
            case TABLE -> TextTable.print(COLUMNS, rows, out, 60);
            case JSON -> throw new IllegalArgumentException("facts are printed as tsv, csv or table");
        }
    }

    private static String oneLine(String s) { return s.replaceAll("[\\t\\r\\n]+", " "); }
}
