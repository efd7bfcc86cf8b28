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
 * "Y, which ships chips to X, ..." is a relative shape);</li>
 * <li>{@code relative-aside} (session 30): a relative clause on a company, also at the sentence's end ("Z bezieht Server
 * von Y, das sie mit Chips von X bestückt."): a name inside pairs with nothing before that company (X sells to Y, not
 * to Z). Not an apposition: ", the Korean maker said" names the sentence's subject.</li>
 * </ul>
 * Each is a regex of the language's pattern file, or absent; both are looked for only in a sentence with a two-slot match.
 */
record AsideSpans(Pattern aside, Pattern clause, Pattern relative) {

    static AsideSpans of(PatternFile file) {
        return new AsideSpans(compile(file, "aside"), compile(file, "clause-aside"), compile(file, "relative-aside"));
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
        if (relative != null && text.indexOf(',') >= 0) {
            Matcher m = relative.matcher(text);
            while (m.find()) {
                int antecedent = companyBefore(text, m.start());
                if (inside(m, a) && b < antecedent || inside(m, b) && a < antecedent) return true;
            }
        }
        return false;
    }

    private static boolean inside(Matcher m, int at) { return at >= m.start() && at < m.end(); }

    /** Where the company placeholder ("§C12§") that ends right at {@code at} begins, else -1 (no company antecedent). */
    private static int companyBefore(String text, int at) {
        if (at < 4 || text.charAt(at - 1) != '§') return -1;
        int k = at - 2;
        while (k > 0 && Character.isDigit(text.charAt(k))) k--;
        return k < at - 2 && k >= 1 && text.charAt(k) == 'C' && text.charAt(k - 1) == '§' ? k - 1 : -1;
    }
}
