package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue list of a patterns file ("negation = not|never|denied|..."), matched as whole words, case-insensitively.
 * Finding it with a plain regex search tries every alternative at every character; when every alternative begins
 * with literal letters, a match can only begin at the start of a word that begins with one of them, so the regex is
 * tried there alone. The matches are exactly those of {@link Pattern#matcher}{@code .find()}, in the same order.
 */
final class WordCue {
    final Pattern pattern;
    /** Lower-case literal beginnings of the alternatives, or null when one has none (then every position is tried). */
    private final String[] prefixes;

    private WordCue(Pattern pattern, String[] prefixes) {
        this.pattern = pattern;
        this.prefixes = prefixes;
    }

    /** The cue for a regex alternation, or null for none. */
    static WordCue of(String alternatives) {
        if (alternatives == null) return null;
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
        return new WordCue(p, prefixes(alternatives));
    }

    /** Is the cue anywhere in {@code text}? */
    boolean in(String text) {
        return first(text) != null;
    }

    /** A matcher on the first match in {@code text}, or null. */
    Matcher first(String text) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        return find(m, text, 0) ? m : null;
    }

    /** Moves {@code m} (from {@link #first}) to the next match after its current one; false when there is none. */
    boolean next(Matcher m, String text) {
        int from = m.end() == m.start() ? m.end() + 1 : m.end();
        return from <= text.length() && find(m, text, from);
    }

    private boolean find(Matcher m, String text, int from) {
        if (prefixes == null) {
            m.region(0, text.length());
            return m.find(from);
        }
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (!Character.isLetter(text.charAt(i))) continue;
            if (i > 0 && isLetterOrNumber(text.charAt(i - 1))) continue;
            if (!startsWithAny(text, i)) continue;
            m.region(i, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    private boolean startsWithAny(String text, int i) {
        for (String p : prefixes) if (text.regionMatches(true, i, p, 0, p.length())) return true;
        return false;
    }

    /** \p{L} or \p{N}, as the regex's look-behind sees it. */
    private static boolean isLetterOrNumber(char c) {
        if (Character.isLetter(c)) return true;
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /**
     * The literal letters each top-level alternative begins with (a letter made optional by ?, * or { is not; an
     * alternative that begins with a group "(?:a|b) ..." begins with the group's prefixes); null if one has none.
     */
    static String[] prefixes(String alternatives) {
        List<String> out = new ArrayList<>();
        for (String alt : topLevel(alternatives)) {
            if (alt.startsWith("(?:")) {
                int close = closing(alt, 0);
                if (close < 0 || (close + 1 < alt.length() && "?*{".indexOf(alt.charAt(close + 1)) >= 0)) return null;
                String[] inner = prefixes(alt.substring(3, close));
                if (inner == null) return null;
                out.addAll(List.of(inner));
                continue;
            }
            int j = 0;
            while (j < alt.length() && Character.isLetter(alt.charAt(j))) j++;
            if (j < alt.length() && "?*{".indexOf(alt.charAt(j)) >= 0) j--;
            if (j <= 0) return null;
            out.add(alt.substring(0, j).toLowerCase(Locale.ROOT));
        }
        return out.isEmpty() ? null : out.toArray(String[]::new);
    }

    /** The index of the ) that closes the ( at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /** Splits at the | that are outside groups and character classes. */
    private static List<String> topLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        boolean inClass = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) { out.add(s.substring(start, i)); start = i + 1; }
        }
        out.add(s.substring(start));
        return out;
    }
}
