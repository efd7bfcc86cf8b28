package org.chipgraph.extract.csv;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Var;
import org.chipgraph.error.InputError;
import org.chipgraph.fact.Relation;
import org.chipgraph.rdf.CG;

/**
 * Reads a mapping file: {@code #@} directive lines (dialect, columns, claims) followed by a SPARQL CONSTRUCT.
 * Directives are SPARQL comments, so the file is also a valid query and line numbers in parse errors are
 * the file's. Errors name the mapping file and line.
 */
public final class MappingParser {
    private MappingParser() {}

    public static CsvMapping parse(String name, String origin, String text) {
        CsvDialect dialect = CsvDialect.DEFAULT;
        List<ColumnSpec> columns = new ArrayList<>();
        List<String[]> claimNames = new ArrayList<>(); // {name, line}
        List<CsvMapping.RowFilter> filters = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        String[] lines = text.split("\n", -1);
        boolean sawDialect = false;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.startsWith("#@")) {
                List<String> t = tokens(origin, lineNo, line.substring(2));
                if (t.isEmpty()) throw err(origin, lineNo, "empty directive, expected 'dialect', 'column' or 'claims'");
                switch (t.get(0)) {
                    case "dialect" -> {
                        if (sawDialect) throw err(origin, lineNo, "second 'dialect' directive, expected one");
                        dialect = dialect(origin, lineNo, t.subList(1, t.size()));
                        sawDialect = true;
                    }
                    case "column" -> columns.add(column(origin, lineNo, t.subList(1, t.size())));
                    case "claims" -> t.subList(1, t.size()).forEach(n -> claimNames.add(new String[] {n, Integer.toString(lineNo)}));
                    case "filter" -> filters.add(filter(origin, lineNo, t.subList(1, t.size())));
                    default -> throw err(origin, lineNo, "unknown directive '" + t.get(0) + "', expected 'dialect', 'column', 'filter' or 'claims'");
                }
            } else if (line.startsWith("#") && description.isEmpty() && columns.isEmpty()) {
                description.append(line.substring(1).strip());
            }
        }
        if (columns.isEmpty()) throw err(origin, 1, "no '#@ column' directive, expected at least one column of the CSV");
        Set<String> vars = new HashSet<>();
        for (ColumnSpec c : columns) {
            if (!vars.add(c.variable())) throw err(origin, c.line(), "variable ?" + c.variable() + " declared twice, expected one column per variable");
        }

        for (CsvMapping.RowFilter f : filters) {
            if (!vars.contains(f.variable())) throw err(origin, f.line(), "filter on ?" + f.variable() + ", which no '#@ column' declares, expected a column variable");
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            int line = e.getLine() > 0 ? e.getLine() : 1;
            throw err(origin, line, "SPARQL syntax error: " + oneLine(e.getMessage()));
        }
        if (!query.isConstructType()) throw err(origin, 1, "query is " + query.queryType() + ", expected a CONSTRUCT");
        for (Var v : assigned(query)) {
            if (vars.contains(v.getVarName())) throw err(origin, 1, "?" + v.getVarName() + " is a column variable and also assigned by BIND, expected a new variable name");
        }
        Op op = Algebra.optimize(Algebra.compile(query));

        Set<Node> claims = new LinkedHashSet<>();
        for (Relation r : Relation.values()) claims.add(CG.term(r.localName));
        for (String[] n : claimNames) {
            String iri = n[0].startsWith("<") && n[0].endsWith(">") ? n[0].substring(1, n[0].length() - 1) : query.getPrefixMapping().expandPrefix(n[0]);
            if (iri.equals(n[0]) && !n[0].contains("://")) throw err(origin, Integer.parseInt(n[1]), "'" + n[0] + "' is not a prefixed name or <IRI>, expected a predicate such as cg:marketShareOf");
            claims.add(NodeFactory.createURI(iri));
        }
        return new CsvMapping(name, origin, description.toString(), dialect, List.copyOf(columns), List.copyOf(filters), query, op, Set.copyOf(claims));
    }

    private static Set<Var> assigned(Query q) {
        Set<Var> out = new HashSet<>();
        org.apache.jena.sparql.syntax.ElementWalker.walk(q.getQueryPattern(), new org.apache.jena.sparql.syntax.ElementVisitorBase() {
            @Override public void visit(org.apache.jena.sparql.syntax.ElementBind el) { out.add(el.getVar()); }
        });
        return out;
    }

    private static CsvMapping.RowFilter filter(String origin, int line, List<String> t) {
        if (t.size() != 2 || !t.get(0).startsWith("?") || !t.get(1).startsWith("\u0000")) {
            throw err(origin, line, "expected '#@ filter ?var \"regex\"'");
        }
        try {
            return new CsvMapping.RowFilter(t.get(0).substring(1), Pattern.compile(t.get(1).substring(1)), line);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw err(origin, line, "bad filter regex: " + oneLine(e.getDescription()));
        }
    }

    private static CsvDialect dialect(String origin, int line, List<String> t) {
        char delimiter = ',', quote = '"';
        Charset encoding = java.nio.charset.StandardCharsets.UTF_8;
        boolean bom = true, trim = true;
        Set<String> nulls = new LinkedHashSet<>();
        for (String kv : t) {
            int eq = kv.indexOf('=');
            if (eq < 0) throw err(origin, line, "'" + kv + "' is not key=value, expected e.g. delimiter=\",\"");
            String k = kv.substring(0, eq), v = kv.substring(eq + 1);
            switch (k) {
                case "delimiter" -> delimiter = singleChar(origin, line, k, v.equals("\\t") || v.equals("tab") ? "\t" : v);
                case "quote" -> quote = singleChar(origin, line, k, v);
                case "encoding" -> {
                    try {
                        encoding = Charset.forName(v);
                    } catch (RuntimeException e) {
                        throw err(origin, line, "unknown encoding '" + v + "', expected e.g. UTF-8 or ISO-8859-1");
                    }
                }
                case "bom" -> bom = bool(origin, line, k, v);
                case "trim" -> trim = bool(origin, line, k, v);
                case "null" -> nulls.add(v);
                default -> throw err(origin, line, "unknown dialect key '" + k + "', expected delimiter, quote, encoding, bom, null or trim");
            }
        }
        if (nulls.isEmpty()) nulls.add("");
        return new CsvDialect(delimiter, quote, encoding, bom, Set.copyOf(nulls), trim);
    }

    private static ColumnSpec column(String origin, int line, List<String> t) {
        if (t.isEmpty() || !t.get(0).startsWith("?") || t.get(0).length() < 2) {
            throw err(origin, line, "column directive must start with a variable, expected '#@ column ?var \"Header\" [| \"Other spelling\"] [optional] [type=...]'");
        }
        String var = t.get(0).substring(1);
        List<String> headers = new ArrayList<>();
        boolean required = true;
        CellType type = CellType.STRING;
        String formatText = null;
        Pattern split = null;
        boolean expectHeader = true;
        for (String tok : t.subList(1, t.size())) {
            if (tok.startsWith("\u0000")) { // a quoted header name
                if (!expectHeader) throw err(origin, line, "two header names without '|' between them, expected \"A\" | \"B\"");
                headers.add(tok.substring(1));
                expectHeader = false;
            } else if (tok.equals("|")) {
                expectHeader = true;
            } else if (tok.equals("optional")) {
                required = false;
            } else if (tok.startsWith("type=")) {
                try {
                    type = CellType.of(tok.substring(5));
                } catch (IllegalArgumentException e) {
                    throw err(origin, line, e.getMessage());
                }
            } else if (tok.startsWith("format=")) {
                formatText = tok.substring(7);
            } else if (tok.startsWith("split=")) {
                split = Pattern.compile("\\s*" + Pattern.quote(tok.substring(6)) + "\\s*");
            } else if (tok.startsWith("split-regex=")) {
                try {
                    split = Pattern.compile(tok.substring(12));
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw err(origin, line, "bad split-regex: " + oneLine(e.getDescription()));
                }
            } else {
                throw err(origin, line, "unexpected '" + tok + "', expected a quoted header name, '|', optional, type=, format=, split= or split-regex=");
            }
        }
        if (headers.isEmpty()) throw err(origin, line, "column ?" + var + " names no header, expected at least one quoted header name");
        DateTimeFormatter format = null;
        if (formatText != null) {
            try {
                format = new DateTimeFormatterBuilder().appendPattern(formatText)
                        .parseDefaulting(ChronoField.ERA, 1).toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.SMART);
            } catch (IllegalArgumentException e) {
                throw err(origin, line, "bad date format '" + formatText + "': " + oneLine(e.getMessage()));
            }
        }
        return new ColumnSpec(var, List.copyOf(headers), required, type, format, formatText, split, line);
    }

    /** Splits a directive into words; a quoted header name is marked with a leading NUL; key="value" loses its quotes. */
    static List<String> tokens(String origin, int line, String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            StringBuilder tok = new StringBuilder();
            if (c == '|') { out.add("|"); i++; continue; }
            if (c == '"') tok.append('\u0000');
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                char d = s.charAt(i);
                if (d == '"') {
                    int j = i + 1;
                    while (j < s.length() && s.charAt(j) != '"') {
                        if (s.charAt(j) == '\\' && j + 1 < s.length() && (s.charAt(j + 1) == '"' || s.charAt(j + 1) == '\\')) j++;
                        tok.append(s.charAt(j));
                        j++;
                    }
                    if (j >= s.length()) throw err(origin, line, "unterminated quoted string, expected a closing '\"'");
                    i = j + 1;
                } else if (d == '|' && tok.length() > 0 && tok.charAt(0) != '\u0000') {
                    break;
                } else {
                    tok.append(d);
                    i++;
                }
            }
            out.add(tok.toString());
        }
        return out;
    }

    private static char singleChar(String origin, int line, String k, String v) {
        if (v.length() != 1) throw err(origin, line, k + " is '" + v + "', expected one character");
        return v.charAt(0);
    }

    private static boolean bool(String origin, int line, String k, String v) {
        return switch (v) {
            case "true", "optional", "yes" -> true;
            case "false", "no" -> false;
            default -> throw err(origin, line, k + " is '" + v + "', expected true or false");
        };
    }

    static InputError err(String origin, int line, String msg) {
        return new InputError(origin + ":" + line + ": " + msg);
    }

    static String oneLine(String s) {
        return String.valueOf(s).replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
