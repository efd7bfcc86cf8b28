package org.chipgraph.extract.csv;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;

/**
 * A declarative CSV-to-RDF mapping: the dialect and columns from its {@code #@} directives and a SPARQL
 * CONSTRUCT evaluated once per row with the row's cells bound to the declared variables. {@code op} is the
 * WHERE clause compiled once; {@code filters} select the rows to map (cheaper than a FILTER evaluated per row); {@code claimPredicates} are the predicates whose triples get a claim node.
 */
public record CsvMapping(String name, String origin, String description, CsvDialect dialect,
                         List<ColumnSpec> columns, List<RowFilter> filters, Query query, Op op, Set<Node> claimPredicates) {

    /** {@code #@ filter ?var "regex"}: only rows whose cell matches are mapped; the others are left out before any evaluation. */
    public record RowFilter(String variable, java.util.regex.Pattern pattern, int line) {}

    /** Columns the file must have. */
    public List<ColumnSpec> requiredColumns() {
        return columns.stream().filter(ColumnSpec::required).toList();
    }
}
