package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;

/** Reads the structure of a regex's source: its top-level alternatives, its groups and how deep a position lies. */
final class RegexShape {
    private RegexShape() {}

    /** Splits at the | that are outside groups and character classes. */
    static List<String> topLevel(String regex) {
        List<String> out = new ArrayList<>();
        int[] start = {0};
        walk(regex, 0, regex.length(), (i, c, depth) -> {
            if (c == '|' && depth == 0) { out.add(regex.substring(start[0], i)); start[0] = i + 1; }
            return false;
        });
        out.add(regex.substring(start[0]));
        return out;
    }

    /**
     * Where a regex's first consuming part begins, past the negative look-behinds it opens with ("(?<!'s )§[C]..."):
     * they match no characters, so (with no top-level alternatives) its matches begin there. 0 when it opens with none.
     */
    static int afterLeadingNegativeLookBehinds(String regex) {
        int at = 0;
        while (regex.startsWith("(?<!", at)) {
            int close = closing(regex, at);
            if (close < 0) return 0;
            at = close + 1;
        }
        return at;
    }

    /** The index of the ) that closes the ( at {@code open}, or -1. */
    static int closing(String regex, int open) {
        return walk(regex, open, regex.length(), (i, c, depth) -> c == ')' && depth == 0);
    }

    /** The index of the ( that the ) at {@code close} closes, or -1. */
    static int opening(String regex, int close) {
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        int[] found = {-1};
        walk(regex, 0, close + 1, (i, c, depth) -> {
            if (c == '(') open.push(i);
            else if (c == ')' && !open.isEmpty()) {
                int o = open.pop();
                if (i == close) found[0] = o;
            }
            return false;
        });
        return found[0];
    }

    /** Is the character at {@code i} escaped by an odd number of backslashes before it? */
    static boolean escaped(String regex, int i) {
        int n = 0;
        for (int j = i - 1; j >= 0 && regex.charAt(j) == '\\'; j--) n++;
        return n % 2 == 1;
    }

    /** Does {@code at} lie inside a character class ("[...]")? */
    static boolean inClass(String regex, int at) {
        boolean inClass = false;
        for (int i = 0; i < at; i++) {
            char c = regex.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
        }
        return inClass;
    }

    /** How many groups (or look-arounds) are open at {@code at}. */
    static int depthAt(String regex, int at) {
        int[] depth = {0};
        walk(regex, 0, at, (i, c, d) -> { depth[0] = d; return false; });
        return depth[0];
    }

    private interface Step {
        /** A character outside escapes and classes, with the group depth after it; true stops the walk. */
        boolean at(int index, char c, int depth);
    }

    /** Walks {@code regex} from {@code from} to {@code to}; the index where a step stopped it, or -1. */
    private static int walk(String regex, int from, int to, Step step) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < to; i++) {
            char c = regex.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') { inClass = true; continue; }
            if (c == '(') depth++;
            else if (c == ')') depth--;
            if (step.at(i, c, depth)) return i;
        }
        return -1;
    }
}
