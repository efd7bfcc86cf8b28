package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;

/** Reads the structure of a regex's source: its top-level alternatives, its groups and how deep a position lies. */
final class RegexShape {
    private RegexShape() {}

    /** Splits at the | that are outside groups and character classes. */
    static List<String> topLevel(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) { out.add(regex.substring(start, i)); start = i + 1; }
        }
        out.add(regex.substring(start));
        return out;
    }

    /** The index of the ) that closes the ( at {@code open}, or -1. */
    static int closing(String regex, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /** How many groups (or look-arounds) are open at {@code at}. */
    static int depthAt(String regex, int at) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < at; i++) {
            char c = regex.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
        }
        return depth;
    }
}
