package org.chipgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A regex's source with a look-ahead of the possible first letters put before each group of three or more alternatives
 * that each begin with a letter: "\b(?:owns|owned|holds|held)" becomes "\b(?=[oh])(?:owns|owned|holds|held)". Both match
 * the same text (the group cannot match unless the next character is one of those letters, under the same flags), but
 * Java tries the alternatives one by one, and the rules' gaps ({@code @S}) reach a verb class at every word; the
 * look-ahead turns the words no alternative begins with away in one step. Only ASCII first letters (the rules are
 * compiled case-insensitive without Unicode case, so a class folds them as the alternatives' letters are folded);
 * groups that may match nothing (followed by ?, * or {) and groups inside look-behinds are left as they are, and so is a
 * group right after a star (a compound's tails, "[\p{L}-]*(?:Lieferung|...)", as {@link RequiredFragments} reads them).
 */
final class AlternationGuards {
    private AlternationGuards() {}

    /** Fewer alternatives than this are tried as fast as the look-ahead. */
    private static final int MIN_ALTERNATIVES = 3;

    static String of(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 32);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                out.append(c);
                if (i + 1 < regex.length()) out.append(regex.charAt(++i));
                continue;
            }
            if (inClass) { if (c == ']') inClass = false; out.append(c); continue; }
            if (c == '[') { inClass = true; out.append(c); continue; }
            if (c == '(' && (regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i))) {
                int close = RegexShape.closing(regex, i);
                if (close > 0) { out.append(regex, i, close + 1); i = close; continue; }
            }
            if (c == '(' && (regex.startsWith("(?:", i) || !regex.startsWith("(?", i))) {
                String letters = firstLetters(regex, i);
                if (letters != null) out.append("(?=[").append(letters).append("])");
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The first letters of the group opening at {@code open} when each of its alternatives begins with one, else null. */
    static String firstLetters(String regex, int open) {
        if (open > 0 && regex.charAt(open - 1) == '*' && !RegexShape.escaped(regex, open - 1)) return null;
        int close = RegexShape.closing(regex, open);
        if (close < 0 || (close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0)) return null;
        int body = regex.startsWith("(?:", open) ? open + 3 : open + 1;
        List<String> alternatives = RegexShape.topLevel(regex.substring(body, close));
        if (alternatives.size() < MIN_ALTERNATIVES) return null;
        Set<Character> letters = new LinkedHashSet<>();
        for (String a : alternatives) {
            if (a.isEmpty()) return null;
            char first = a.charAt(0);
            boolean ascii = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
            if (!ascii || (a.length() > 1 && "?*{".indexOf(a.charAt(1)) >= 0)) return null;
            letters.add(first);
        }
        StringBuilder sb = new StringBuilder();
        for (char l : letters) sb.append(l);
        return sb.toString();
    }
}
