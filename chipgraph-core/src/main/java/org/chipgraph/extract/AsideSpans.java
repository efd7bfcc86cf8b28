package org.chipgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stretches of a sentence whose names are no party to a clause outside them (session 28, wrong subjects):
 * <ul>
 * <li>{@code aside}: a comparison or a source set off from the clause ("Like X, Y ordered ...", "Unlike X, which ...,
 * Y buys ...", "according to X"): a name inside pairs with nothing outside;</li>
 * <li>{@code clause-aside}: a relative clause between commas ("Y, whose founders left X, bought ...", "Die Firma, an der
 * X die Mehrheit hält, liefert ..."): a name inside pairs with nothing after it (the antecedent before it still may:
 * "Y, which ships chips to X, ..." is a relative shape).</li>
 * </ul>
 * Each is a regex of the language's pattern file, or absent; both are looked for only in a sentence with a two-slot match.
 */
record AsideSpans(Pattern aside, Pattern clause) {

    static AsideSpans of(PatternFile file) {
        return new AsideSpans(compile(file, "aside"), compile(file, "clause-aside"));
    }

    private static Pattern compile(PatternFile file, String key) {
        String re = file.list(key);
        return re == null ? null : Pattern.compile(re);
    }

    /** Do the slots at {@code a} and {@code b} of the rendered {@code text} stand on two sides of an aside? */
    boolean separates(String text, int a, int b) {
        if (a < 0 || b < 0) return false;
        if (aside != null) {
            Matcher m = aside.matcher(text);
            while (m.find()) if (inside(m, a) != inside(m, b)) return true;
        }
        if (clause != null && text.indexOf(',') >= 0) {
            Matcher m = clause.matcher(text);
            while (m.find()) {
                if (inside(m, a) && b >= m.end() || inside(m, b) && a >= m.end()) return true;
            }
        }
        return false;
    }

    private static boolean inside(Matcher m, int at) { return at >= m.start() && at < m.end(); }
}
