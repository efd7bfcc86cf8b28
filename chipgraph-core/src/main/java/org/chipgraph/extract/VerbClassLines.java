package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chipgraph.error.InputError;

/**
 * The lines of a verb-class file ({@code patterns/<lang>.verbs.tsv}): "CLASS<TAB>lemma[<TAB>irregular forms]", "#" for
 * comments. Each language says what its lemma looks like and how many irregular forms it gives; a line that does not
 * fit is an error naming the file and line.
 */
final class VerbClassLines {

    /** One line: the class, the lemma, and the irregular forms (null when the verb is regular). */
    record Line(String verbClass, String lemma, String[] irregular) {}

    private VerbClassLines() {}

    /**
     * @param lemma        what a lemma of the language looks like
     * @param lemmaExample shown in the error: "an English verb in lower case, e.g. 'supply'"
     * @param irregular    how many irregular forms a line gives, and their names ("past participle")
     */
    static List<Line> read(String origin, String text, Pattern lemma, String lemmaExample, int irregular, String irregularNames) {
        List<Line> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 2 || !f[0].matches("[A-Z][A-Z_]*") || !lemma.matcher(f[1].strip()).matches()) {
                throw new InputError(origin + ":" + (i + 1) + ": cannot read verb line '" + line + "', expected CLASS<TAB>lemma (" + lemmaExample + ")");
            }
            String[] forms = f.length > 2 ? f[2].strip().split("\\s+") : null;
            if (forms != null && forms.length != irregular) {
                throw new InputError(origin + ":" + (i + 1) + ": expected " + (irregular == 2 ? "two" : irregular == 3 ? "three" : String.valueOf(irregular))
                        + " irregular forms (" + irregularNames + "), found " + forms.length);
            }
            out.add(new Line(f[0], f[1].strip(), forms));
        }
        return out;
    }
}
