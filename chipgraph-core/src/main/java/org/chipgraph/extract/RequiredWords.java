package org.chipgraph.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word groups a rule's regex cannot match without, each a set of lower-case words of which a sentence must hold
 * one as a whole word ({@link WordSpans}): groups "\\b(?:a|b|c)" whose alternatives each begin with a plain word,
 * neither optional nor inside an optional group or a branch, and literal words after "\\b" outside any group. A
 * sentence without one of them is not tried with the full rule, whose gaps make it far slower than one linear scan.
 * Word classes that nest ("@BUY_FROM = @VERB_BUY|acquired") are read flat ({@link FlatAlternations}).
 */
final class RequiredWords {
    private RequiredWords() {}

    private record Group(int start, int end, boolean optional, boolean hasBranch) {}

    static List<Set<String>> of(String regex) {
        List<Set<String>> out = new ArrayList<>();
        if (RegexShape.topLevel(regex).size() > 1) return out;
        // only groups whose words are certainly whole words: a looser reading once required "supplier" of
        // "(?:supplier|vendor)s? to", so "suppliers to" was never tried
        groupWords(FlatAlternations.of(regex), out);
        literalWords(regex, out);
        return out;
    }

    /**
     * Adds the word sets of the regex's mandatory groups to {@code out} (a set already there is not added again): each
     * alternative's first word must begin where a word begins and end where a word ends.
     */
    private static void groupWords(String regex, List<Set<String>> out) {
        List<Group> groups = groups(regex);
        for (Group g : groups) {
            if (g.optional || !regex.startsWith("(?:", g.start)) continue;
            if (!wordStartsAt(regex, g.start) || !free(regex, groups, g)) continue;
            Set<String> words = firstWords(regex.substring(g.start + 3, g.end), wordEndsAfter(regex, g.end + 1));
            if (words != null && !out.contains(words)) out.add(words);
        }
    }

    /** The groups of a regex with where they begin and end, whether they are optional and whether they branch. */
    private static List<Group> groups(String regex) {
        List<Group> groups = new ArrayList<>();
        Deque<int[]> stack = new ArrayDeque<>(); // {start, hasBranch}
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') { inClass = true; continue; }
            if (c == '(') stack.push(new int[] {i, 0});
            else if (c == '|' && !stack.isEmpty()) stack.peek()[1] = 1;
            else if (c == ')' && !stack.isEmpty()) {
                int[] g = stack.pop();
                char next = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
                // words inside a negative look-around are words that must NOT be there: never required
                boolean optional = next == '?' || next == '*' || (next == '{' && regex.startsWith("{0", i + 1))
                        || regex.startsWith("(?!", g[0]) || regex.startsWith("(?<!", g[0]);
                groups.add(new Group(g[0], i, optional, g[1] == 1));
            }
        }
        return groups;
    }

    /** Is no group around {@code g} optional, branching or a negative look-around? */
    private static boolean free(String regex, List<Group> groups, Group g) {
        for (Group o : groups) {
            // words inside a negative look-around ("(?<!\\b(?:followed) ") are words the sentence must not have there
            boolean negative = regex.startsWith("(?!", o.start) || regex.startsWith("(?<!", o.start);
            if (o != g && o.start < g.start && o.end > g.end && (o.optional || o.hasBranch || negative)) return false;
        }
        return true;
    }

    /**
     * Does a word begin wherever a match reaches {@code at}: right after "\\b", "\\s", "\\s+" or a literal space, or
     * after a repeated or optional group ("(?:the )?", "(?:[\\w-]+ ){0,3}?") whose alternatives all end with one of
     * those (when the group may be absent, a word must begin before it too).
     */
    static boolean wordStartsAt(String regex, int at) {
        if (at >= 3 && regex.startsWith("\\s+", at - 3) && !RegexShape.escaped(regex, at - 3)) return true;
        if (at >= 2 && (regex.startsWith("\\b", at - 2) || regex.startsWith("\\s", at - 2)) && !RegexShape.escaped(regex, at - 2)) return true;
        if (at >= 1 && regex.charAt(at - 1) == ' ') return true;
        Matcher q = REPEATED_END.matcher(regex.substring(0, at));
        if (!q.find() || RegexShape.escaped(regex, q.start())) return false;
        int open = RegexShape.opening(regex, q.start());
        if (open < 0 || !regex.startsWith("(?:", open)) return false;
        for (String alt : RegexShape.topLevel(regex.substring(open + 3, q.start()))) {
            if (!wordStartsAt(alt, alt.length())) return false;
        }
        boolean present = q.group(1).equals("+") || (q.group(2) != null && Integer.parseInt(q.group(2)) > 0);
        return present || wordStartsAt(regex, open);
    }

    /** A group's end with a quantifier: ")?", ")*", ")+", "){0,3}?", "){1,3}". */
    private static final Pattern REPEATED_END = Pattern.compile("\\)([?*+]|\\{(\\d+)(?:,\\d*)?})\\??$");

    /**
     * Does what follows {@code at} end a word: "\\b", "\\s", a space, a comma (none of them optional), also after
     * look-aheads (they consume nothing) and after an optional group ("(?: and tests)?\\b") whose alternatives each
     * begin with one of those.
     */
    static boolean wordEndsAfter(String regex, int at) {
        if (regex.startsWith("(?=", at) || regex.startsWith("(?!", at)) {
            int close = RegexShape.closing(regex, at);
            return close > 0 && wordEndsAfter(regex, close + 1);
        }
        if (regex.startsWith("(?:", at)) {
            int close = RegexShape.closing(regex, at);
            if (close < 0 || close + 1 >= regex.length() || regex.charAt(close + 1) != '?') return false;
            for (String alt : RegexShape.topLevel(regex.substring(at + 3, close))) if (!wordEndsAfter(alt, 0)) return false;
            int after = close + 2;
            if (after < regex.length() && (regex.charAt(after) == '?' || regex.charAt(after) == '+')) after++;
            return wordEndsAfter(regex, after);
        }
        int next = regex.startsWith("\\b", at) || regex.startsWith("\\s", at) ? at + 2
                : at < regex.length() && " ,".indexOf(regex.charAt(at)) >= 0 ? at + 1 : -1;
        return next > 0 && (next >= regex.length() || "?*{".indexOf(regex.charAt(next)) < 0);
    }

    private static final Pattern FIRST_WORD = Pattern.compile("^([\\p{L}\\p{N}]+)(\\?)?(.*)$", Pattern.DOTALL);

    /**
     * The lower-case first words of an alternation ("customers?|clients?|took delivery of" gives customers, customer,
     * clients, client, took), or null when an alternative does not begin with a whole plain word: one ended by a space,
     * a comma, "\\b", "\\s", an apostrophe or a hyphen that is not optional, or by the group's end when
     * {@code endsWord} (what follows the group ends a word).
     */
    static Set<String> firstWords(String alternation, boolean endsWord) {
        Set<String> out = new HashSet<>();
        for (String a : RegexShape.topLevel(alternation)) {
            Matcher m = FIRST_WORD.matcher(a);
            if (!m.matches()) return null;
            String rest = m.group(3);
            boolean whole = rest.isEmpty() ? endsWord : wordEndsAfter(a, m.start(3))
                    || ("'-".indexOf(rest.charAt(0)) >= 0 && (rest.length() == 1 || "?*{".indexOf(rest.charAt(1)) < 0));
            if (!whole) return null;
            String w = m.group(1).toLowerCase(Locale.ROOT);
            out.add(w);
            if (m.group(2) != null) out.add(w.substring(0, w.length() - 1));
        }
        return out;
    }

    /** Literal words outside any group, after "\\b": "\\bbei ", "\\bplaced\\b". */
    private static void literalWords(String regex, List<Set<String>> out) {
        int d = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (d == 0 && i + 1 < regex.length() && regex.charAt(i + 1) == 'b') {
                    int j = i + 2;
                    while (j < regex.length() && Character.isLetter(regex.charAt(j))) j++;
                    char next = j < regex.length() ? regex.charAt(j) : ' ';
                    if (j - (i + 2) >= 3 && (next == ' ' || next == '\\' || next == ',')) {
                        out.add(Set.of(regex.substring(i + 2, j).toLowerCase(Locale.ROOT)));
                    }
                }
                i++;
                continue;
            }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') d++;
            else if (c == ')') d--;
        }
    }
}
