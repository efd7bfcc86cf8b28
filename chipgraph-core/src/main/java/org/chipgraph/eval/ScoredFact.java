package org.chipgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chipgraph.error.InputError;

/**
 * A fact as the scorer sees it: document (file name), subject, relation, object, with the scorer's keys of
 * both names. Gold facts are read from a gold TSV, extracted ones from the facts table's rows.
 */
public record ScoredFact(String doc, String subject, String relation, String object, String subjectKey, String objectKey) {

    /** The scorer's relations, in its order. */
    public static final List<String> RELATIONS = List.of("makes", "fabricates", "supplies", "buys", "orders", "receives",
            "restricts", "issues", "designedFor", "headquarteredIn", "subsidiaryOf", "spends", "denies");
    private static final Set<String> KNOWN = Set.copyOf(RELATIONS);

    public static ScoredFact of(String doc, String subject, String relation, String object) {
        String name = doc.substring(doc.lastIndexOf('/') + 1);
        return new ScoredFact(name, subject, relation, object, ScorerNames.key(subject), ScorerNames.key(object));
    }

    /** Only the subject counts for {@code denies}, as in the scorer. */
    public boolean subjectOnly() { return relation.equals("denies"); }

    /** The key under which the scorer counts a fact once: (doc, subject, relation, object). */
    String dedupKey() { return doc + "\t" + subjectKey + "\t" + relation + "\t" + (subjectOnly() ? "" : objectKey); }

    /**
     * The facts of a gold (or system) TSV with a header starting "doc subject relation object"; a bad header or
     * an unknown relation is an error naming the file and line.
     */
    public static List<ScoredFact> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputError(file + ": cannot read (" + e.getMessage() + "), expected a TSV of gold facts");
        }
        if (lines.isEmpty()) return List.of();
        String[] head = lines.get(0).toLowerCase(java.util.Locale.ROOT).split("\t", -1);
        if (head.length < 4 || !(head[0].strip() + " " + head[1].strip() + " " + head[2].strip() + " " + head[3].strip()).equals("doc subject relation object")) {
            throw new InputError(file + ":1: header must start with doc subject relation object, found '" + lines.get(0).strip() + "'");
        }
        List<ScoredFact> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) continue;
            String[] c = (lines.get(n) + "\t\t\t\t").split("\t", -1);
            if (!KNOWN.contains(c[2].strip())) {
                throw new InputError(file + ":" + (n + 1) + ": field relation: unknown relation '" + c[2].strip() + "', expected one of " + String.join(", ", RELATIONS));
            }
            out.add(of(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip()));
        }
        return out;
    }

    /** The facts of facts-table rows (doc subject relation object ...), relations the scorer does not know left out. */
    public static List<ScoredFact> ofRows(List<List<String>> rows) {
        List<ScoredFact> out = new ArrayList<>();
        for (List<String> r : rows) {
            if (r.size() >= 4 && KNOWN.contains(r.get(2).strip())) out.add(of(r.get(0).strip(), r.get(1).strip(), r.get(2).strip(), r.get(3).strip()));
        }
        return out;
    }
}
