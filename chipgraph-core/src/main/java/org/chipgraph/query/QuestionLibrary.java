package org.chipgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.chipgraph.error.InputError;
import org.chipgraph.source.BundledFiles;

/** The questions in queries/, by name (the file name without .rq). */
public final class QuestionLibrary {

    private static final Pattern HEADER = Pattern.compile("#\\s*(title|description|param|example)\\s*:\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s+(\\S+)\\s*(.*)");

    private final Map<String, Question> questions;

    private QuestionLibrary(Map<String, Question> questions) { this.questions = questions; }

    /** Loads every .rq file of the project's queries/ folder. */
    public static QuestionLibrary load() {
        Map<String, Question> qs = new LinkedHashMap<>();
        for (String path : BundledFiles.list("queries", ".rq")) {
            var file = BundledFiles.find(path).orElseThrow();
            String name = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
            qs.put(name, parse(name, file.origin(), file.text()));
        }
        return new QuestionLibrary(qs);
    }

    /** A library of the given questions (the endpoint's, which tests may choose). */
    public static QuestionLibrary of(List<Question> questions) {
        Map<String, Question> qs = new LinkedHashMap<>();
        questions.forEach(q -> qs.put(q.name(), q));
        return new QuestionLibrary(qs);
    }

    public List<Question> all() { return List.copyOf(questions.values()); }

    public Optional<Question> find(String name) { return Optional.ofNullable(questions.get(name)); }

    public Question get(String name) {
        return find(name).orElseThrow(() -> new ParameterException("no question named '" + name + "'"
                + (nearest(name).isEmpty() ? ", expected one of " + String.join(", ", questions.keySet())
                        : "; did you mean " + String.join(", ", nearest(name)) + "? (chipgraph query --list lists them)")));
    }

    /** The names closest to a misspelt one: those containing it or it them, then by edit distance; at most three. */
    public List<String> nearest(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return questions.keySet().stream()
                .map(q -> Map.entry(q, (q.contains(n) || n.contains(q) ? 0.9 + 0.1 * NameIndex.similarity(n, q) : NameIndex.similarity(n, q))))
                .filter(e -> e.getValue() >= 0.5)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(3).map(Map.Entry::getKey).toList();
    }

    /** Parses a question file: header comments, then SPARQL (checked for syntax here). */
    public static Question parse(String name, String origin, String text) {
        String title = name, description = "", example = "";
        List<Question.Parameter> params = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("#")) {
                if (line.isEmpty()) continue;
                break;
            }
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) continue;
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "title" -> title = value;
                case "description" -> description = description.isEmpty() ? value : description + " " + value;
                case "example" -> example = value;
                case "param" -> {
                    Matcher p = PARAM.matcher(value);
                    if (!p.matches()) throw new InputError(origin + ":" + (i + 1) + ": malformed '# param:' line, expected '# param: NAME TYPE DESCRIPTION'");
                    try {
                        params.add(new Question.Parameter(p.group(1), ParamType.parse(p.group(2)), p.group(3)));
                    } catch (IllegalArgumentException e) {
                        throw new InputError(origin + ":" + (i + 1) + ": " + e.getMessage());
                    }
                }
                default -> { }
            }
        }
        check(origin, text);
        return new Question(name, title, description, List.copyOf(params), example, origin, text);
    }

    /** Throws an InputError naming the file, line and column of a SPARQL syntax error. */
    public static void check(String origin, String sparql) {
        try {
            QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            String msg = e.getMessage() == null ? "syntax error" : e.getMessage().split("\n")[0];
            // The parser's message names where the offending token starts; its line field may point before it.
            Matcher at = Pattern.compile("at line (\\d+), column (\\d+)").matcher(msg);
            String where = at.find() ? ":" + at.group(1) + ":" + at.group(2) : e.getLine() > 0 ? ":" + e.getLine() + ":" + e.getColumn() : "";
            throw new InputError(origin + where + ": SPARQL syntax error: " + msg);
        }
    }
}
