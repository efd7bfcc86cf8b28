package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Letters a regex's match must hold, looked for as plain text in a sentence (ignoring case, as the rules do): a
 * sentence with none of a group's fragments cannot match, so the regex is not tried there. Two kinds of group are
 * read: the tails of a compound ("[\p{L}]*(?:[Ll]ieferung|[Aa]uslieferung)"), which a rule's required words
 * ({@link PatternFile.Rule#requiredWords}) cannot hold, as they are no whole words; and (session 34) any group every
 * match passes through whose alternatives each begin with three or more literal letters ("(?:owned|controlled) by"),
 * read as the letters they begin with, whatever follows them, so also where the words are not whole ("majority-owned").
 */
final class RequiredFragments {
    private RequiredFragments() {}

    /** A compound's open head before a group: any letters (and hyphens), then the group of its tails. */
    private static final Pattern TAIL_GROUP = Pattern.compile("(?:\\[\\\\p\\{L\\}-?\\]|\\\\p\\{L\\})\\*\\(\\?:");
    /** One tail: letters, the first maybe as a class of its two cases ("[Ll]ieferung"). */
    private static final Pattern TAIL = Pattern.compile("(?:\\[(\\p{L})(\\p{L})\\])?(\\p{L}{3,})");
    /** The literal letters an alternative begins with, the first maybe as a class of its two cases ("[Ss]tart-?up"). */
    private static final Pattern HEAD = Pattern.compile("(?:\\[(\\p{L})(\\p{L})\\])?(\\p{L}+)");

    /** Per rule of {@code file} (by index), its groups of tails, one of each group required; null for none. */
    static String[][][] of(PatternFile file) {
        String[][][] out = new String[file.rules.size()][][];
        for (int i = 0; i < out.length; i++) out[i] = of(file.rules.get(i).pattern().pattern());
        return out;
    }

    /**
     * The groups of fragments of one regex (lower case), or null: groups outside every other group only (a regex that
     * is one group as a whole, as a patterns file's list may be, is read inside it), and not optional.
     */
    static String[][] of(String regex) {
        regex = unwrapped(regex);
        if (RegexShape.topLevel(regex).size() != 1) return null;
        List<String[]> out = new ArrayList<>();
        compoundTails(regex, out);
        literalGroups(FlatAlternations.of(regex), out);
        return out.isEmpty() ? null : out.toArray(String[][]::new);
    }

    /** The tails of the regex's compounds ("[\p{L}]*(?:[Ll]ieferung|...)"), each group added to {@code out}. */
    private static void compoundTails(String regex, List<String[]> out) {
        var m = TAIL_GROUP.matcher(regex);
        while (m.find()) {
            int open = m.end() - 3;
            if (RegexShape.depthAt(regex, open) != 0) continue;
            int close = RegexShape.closing(regex, open);
            if (close < 0 || (close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0)) continue;
            List<String> tails = new ArrayList<>();
            for (String alt : RegexShape.topLevel(regex.substring(open + 3, close))) {
                var t = TAIL.matcher(alt);
                if (!t.matches() || (t.group(1) != null && !t.group(1).equalsIgnoreCase(t.group(2)))) {
                    // "[Ss]tart-?up": its leading letters are a fragment too
                    String head = head(alt);
                    if (head == null) { tails = null; break; }
                    tails.add(head);
                    continue;
                }
                tails.add((t.group(1) == null ? t.group(3) : t.group(1) + t.group(3)).toLowerCase(Locale.ROOT));
            }
            add(tails, out);
        }
    }

    /** Every unquantified group "(?:...)" outside other groups whose alternatives all begin with literal letters. */
    private static void literalGroups(String regex, List<String[]> out) {
        for (int open = regex.indexOf("(?:"); open >= 0; open = regex.indexOf("(?:", open + 1)) {
            if (RegexShape.escaped(regex, open) || RegexShape.inClass(regex, open) || RegexShape.depthAt(regex, open) != 0) continue;
            int close = RegexShape.closing(regex, open);
            if (close < 0 || (close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0)) continue;
            List<String> heads = new ArrayList<>();
            for (String alt : RegexShape.topLevel(regex.substring(open + 3, close))) {
                String head = head(alt);
                if (head == null) { heads = null; break; }
                heads.add(head);
            }
            add(heads, out);
        }
    }

    /**
     * The lower-case literal letters {@code alt} begins with, or null when fewer than three: a letter a quantifier
     * makes optional ("Kunden?", "e{0,1}") is no part of them, and an escape or class ends them.
     */
    static String head(String alt) {
        var h = HEAD.matcher(alt);
        if (!h.lookingAt() || (h.group(1) != null && !h.group(1).equalsIgnoreCase(h.group(2)))) return null;
        String letters = (h.group(1) == null ? "" : h.group(1)) + h.group(3);
        if (h.end() < alt.length() && "?*{".indexOf(alt.charAt(h.end())) >= 0) letters = letters.substring(0, letters.length() - 1);
        return letters.length() < 3 ? null : letters.toLowerCase(Locale.ROOT);
    }

    /** Adds a group of fragments unless it is empty or already there. */
    private static void add(List<String> group, List<String[]> out) {
        if (group == null || group.isEmpty()) return;
        String[] g = group.toArray(String[]::new);
        for (String[] o : out) if (Arrays.equals(o, g)) return;
        out.add(g);
    }

    /** The regex inside the one unquantified group "(?:...)" that makes up all of it, else the regex itself. */
    private static String unwrapped(String regex) {
        while (regex.startsWith("(?:") && RegexShape.closing(regex, 0) == regex.length() - 1) regex = regex.substring(3, regex.length() - 1);
        return regex;
    }

    /** Does {@code lower} (a sentence in lower case) hold one fragment of each group? */
    static boolean present(String[][] groups, String lower) {
        for (String[] g : groups) {
            boolean any = false;
            for (String tail : g) if (lower.contains(tail)) { any = true; break; }
            if (!any) return false;
        }
        return true;
    }
}
