package org.chipgraph.extract;

/**
 * A regex's source with every non-capturing, unquantified group that is a whole alternative of an enclosing group
 * written inline: "(?:(?:buys|bought)|acquired)" becomes "(?:buys|bought|acquired)". The two match the same text in
 * the same order (a group of that kind neither captures nor repeats), but only the flat form shows a rule's verb class,
 * drawn from word classes that nest ("@BUY_FROM = @VERB_BUY|acquired"), as one group of plain words that a sentence
 * must hold ({@link PatternFile#requiredWords}). Groups at the top level stay, so the top-level alternatives do not change.
 */
final class FlatAlternations {
    private FlatAlternations() {}

    static String of(String regex) {
        String out = regex;
        for (int open = next(out, 0); open >= 0; open = next(out, open)) {
            int close = RegexShape.closing(out, open);
            out = out.substring(0, open) + out.substring(open + 3, close) + out.substring(close + 1);
        }
        return out;
    }

    /** The first "(?:" at or after {@code from} that can be written inline, or -1. */
    private static int next(String regex, int from) {
        boolean inClass = false;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') { inClass = true; continue; }
            if (c == '(' && regex.startsWith("(?:", i) && inline(regex, i)) return i;
        }
        return -1;
    }

    /** Is the group at {@code open} a whole alternative of an enclosing group, with no quantifier after it? */
    private static boolean inline(String regex, int open) {
        int close = RegexShape.closing(regex, open);
        if (close < 0) return false;
        char after = close + 1 < regex.length() ? regex.charAt(close + 1) : '\0';
        if (after != '|' && after != ')') return false;
        // the character before: '|' of the enclosing alternation, or the end of a group's opening "(", "(?:", "(?<s>" ...
        if (open == 0 || RegexShape.depthAt(regex, open) == 0) return false;
        char before = regex.charAt(open - 1);
        if (before == '|') return !escaped(regex, open - 1);
        int start = groupStart(regex, open);
        return start >= 0;
    }

    /** Where the group whose opening ends right before {@code at} begins, or -1 when {@code at} follows no opening. */
    private static int groupStart(String regex, int at) {
        if (at >= 1 && regex.charAt(at - 1) == '(' && !escaped(regex, at - 1)) return at - 1;
        for (String opening : new String[] {"(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>"}) {
            int s = at - opening.length();
            if (s >= 0 && regex.startsWith(opening, s) && !escaped(regex, s)) return s;
        }
        // a named group "(?<name>"
        if (at >= 1 && regex.charAt(at - 1) == '>') {
            int s = regex.lastIndexOf("(?<", at - 1);
            if (s >= 0 && regex.substring(s + 3, at - 1).matches("[A-Za-z][A-Za-z0-9]*") && !escaped(regex, s)) return s;
        }
        return -1;
    }

    /** Is the character at {@code i} escaped, or inside a character class (so no group syntax)? */
    private static boolean escaped(String regex, int i) {
        return RegexShape.escaped(regex, i) || RegexShape.inClass(regex, i);
    }
}
