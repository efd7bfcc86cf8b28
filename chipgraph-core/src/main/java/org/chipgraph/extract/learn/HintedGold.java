package org.chipgraph.extract.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chipgraph.error.InputError;
import org.chipgraph.eval.ScorerNames;
import org.chipgraph.fact.Relation;

/**
 * A gold fact with the words of its sentence the annotator gave (the gold TSV's {@code sentence_hint}): the names are
 * the scorer's keys, the hint is kept normalised ({@link #normal}) for finding its sentence.
 */
public record HintedGold(String doc, String subjectKey, Relation relation, String objectKey, String hint) {

    public static HintedGold of(String doc, String subject, String relation, String object, String hint) {
        return new HintedGold(doc.substring(doc.lastIndexOf('/') + 1), ScorerNames.key(subject), Relation.ofLocalName(relation),
                ScorerNames.key(object), normal(hint));
    }

    /** Is the hint in this sentence (both normalised)? An empty hint is in no sentence. */
    public boolean in(String normalSentence) { return !hint.isEmpty() && normalSentence.contains(hint); }

    /** Lower case, typographic quotes and dashes plain, runs of spaces one space: how hints and sentences are compared. */
    public static String normal(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('„', '"').replace('–', '-').replace('—', '-');
        return String.join(" ", t.strip().split("\\s+"));
    }

    /**
     * The gold facts of a TSV whose header is "doc subject relation object quantity date sentence_hint"; a fact
     * without a hint is read with an empty one. A bad header or relation is an error naming the file and line.
     */
    public static List<HintedGold> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputError(file + ": cannot read (" + e.getMessage() + "), expected a TSV of gold facts");
        }
        if (lines.isEmpty() || !lines.get(0).toLowerCase(Locale.ROOT).startsWith("doc\tsubject\trelation\tobject")) {
            throw new InputError(file + ":1: header must start with doc subject relation object, found '" + (lines.isEmpty() ? "" : lines.get(0).strip()) + "'");
        }
        List<HintedGold> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) continue;
            String[] c = (lines.get(n) + "\t\t\t\t\t\t\t").split("\t", -1);
            try {
                out.add(of(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), c[6].strip()));
            } catch (IllegalArgumentException e) {
                throw new InputError(file + ":" + (n + 1) + ": field relation: " + e.getMessage());
            }
        }
        return out;
    }
}
