package org.chipgraph.extract.csv;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.chipgraph.error.InputError;

/**
 * Turns one CSV record into the bindings a mapping is evaluated with. Columns are found by header name
 * once per file. A multi-valued column (declared with split=) gives several values; the row's bindings are
 * zipped: binding i holds value i of every multi-valued column (and all single values), so a row with
 * "SMIC,TSMC" is evaluated twice. Use each multi-valued variable in its own part of the template.
 */
public final class RowBinder {

    private record Bound(ColumnSpec spec, Var var, int index, String header) {}

    private final CsvDialect dialect;
    private final List<Bound> columns = new ArrayList<>();
    private final int width;
    private final List<int[]> filterColumns = new ArrayList<>();
    private final List<java.util.regex.Pattern> filterPatterns = new ArrayList<>();

    /** Finds the mapping's columns in {@code header}; a required column that is missing is an error naming the mapping line. */
    public RowBinder(CsvMapping mapping, List<String> header, String fileName) {
        this.dialect = mapping.dialect();
        this.width = header.size();
        for (ColumnSpec c : mapping.columns()) {
            int idx = -1;
            String found = null;
            for (String h : c.headers()) {
                idx = indexOf(header, h);
                if (idx >= 0) { found = h; break; }
            }
            if (idx < 0) {
                if (c.required()) {
                    throw new InputError(mapping.origin() + ":" + c.line() + ": column " + quoted(c.headers()) + " (?" + c.variable()
                            + ") is not in the header of " + fileName + ", expected it there (or mark it optional); the header has: "
                            + String.join(", ", header));
                }
                continue;
            }
            columns.add(new Bound(c, Var.alloc(c.variable()), idx, found));
        }
        for (CsvMapping.RowFilter f : mapping.filters()) {
            int idx = columns.stream().filter(b -> b.spec().variable().equals(f.variable())).mapToInt(Bound::index).findFirst().orElse(-1);
            filterColumns.add(new int[] {idx});
            filterPatterns.add(f.pattern());
        }
    }

    /** Whether every required column of {@code mapping} is in {@code header}: the mapping fits the file. */
    public static boolean fits(CsvMapping mapping, List<String> header) {
        for (ColumnSpec c : mapping.requiredColumns()) {
            if (c.headers().stream().noneMatch(h -> indexOf(header, h) >= 0)) return false;
        }
        return true;
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) if (header.get(i).strip().equals(name)) return i;
        return -1;
    }

    private static String quoted(List<String> names) {
        return String.join(" | ", names.stream().map(n -> "'" + n + "'").toList());
    }

    /** The bindings for one record: none when the mapping's row filters leave it out, else at least one. */
    public List<Binding> bind(CSVRecord record) {
        if (record.size() != width) {
            throw new RowException(null, record.size() + " cells, expected " + width + " (as many as the header has)");
        }
        for (int i = 0; i < filterPatterns.size(); i++) {
            int idx = filterColumns.get(i)[0];
            String v = idx < 0 ? null : dialect.value(record.get(idx));
            if (v == null || !filterPatterns.get(i).matcher(v).find()) return List.of();
        }
        List<Node> single = new ArrayList<>();
        List<Var> singleVars = new ArrayList<>();
        List<Var> multiVars = new ArrayList<>();
        List<List<Node>> multi = new ArrayList<>();
        int rounds = 1;
        for (Bound b : columns) {
            String v = dialect.value(record.get(b.index()));
            if (v == null) continue;
            if (v.indexOf('\0') >= 0) throw new RowException(b.header(), "a NUL character, expected text (is the file UTF-16 or binary?)");
            ColumnSpec spec = b.spec();
            if (spec.multiValued()) {
                List<Node> values = new ArrayList<>();
                for (String part : spec.split().split(v)) {
                    String p = dialect.value(part);
                    if (p != null) values.add(convert(b, p));
                }
                if (values.isEmpty()) continue;
                multiVars.add(b.var());
                multi.add(values);
                rounds = Math.max(rounds, values.size());
            } else {
                singleVars.add(b.var());
                single.add(convert(b, v));
            }
        }
        List<Binding> out = new ArrayList<>(rounds);
        for (int i = 0; i < rounds; i++) {
            BindingBuilder bb = Binding.builder();
            for (int j = 0; j < single.size(); j++) bb.add(singleVars.get(j), single.get(j));
            for (int j = 0; j < multi.size(); j++) if (i < multi.get(j).size()) bb.add(multiVars.get(j), multi.get(j).get(i));
            out.add(bb.build());
        }
        return out;
    }

    private static Node convert(Bound b, String text) {
        try {
            return b.spec().type().toNode(text, b.spec().format(), b.spec().formatText());
        } catch (IllegalArgumentException e) {
            throw new RowException(b.header(), e.getMessage());
        }
    }
}
