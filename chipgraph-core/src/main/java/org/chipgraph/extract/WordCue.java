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
    /** The alternatives' lower-case literal beginnings, or null when one has none (then every position is tried). */
    private final PrefixIndex index;

    private WordCue(Pattern pattern, String[] prefixes, boolean ignoreCase) {
        this.pattern = pattern;
        this.index = prefixes == null ? null : new PrefixIndex(prefixes, ignoreCase);
    }

    /** The cue for a regex alternation, or null for none. */
    static WordCue of(String alternatives) {
        if (alternatives == null) return null;
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
        return new WordCue(p, wordPrefixes(alternatives), true);
    }

    /**
     * A regex whose matches can only begin at the start of a word (its look-behind says so) that begins with one of
     * {@code prefixes} (lower case; null: anywhere).
     */
    static WordCue at(Pattern pattern, String[] prefixes) {
        return new WordCue(pattern, prefixes, true);
    }

    /**
     * A regex each of whose top-level alternatives opens with {@code \b} (after "(?i)"): its matches begin at words, so
     * it is tried at the words it can begin with ({@link #prefixes}); any other regex at every position.
     */
    static WordCue atBoundary(Pattern pattern) {
        String r = pattern.pattern(), body = r.startsWith("(?i)") ? r.substring(4) : r;
        boolean atWords = RegexShape.topLevel(body).stream().allMatch(a -> a.startsWith("\\b"));
        return new WordCue(pattern, atWords ? prefixes(r) : null, true);
    }

    /**
     * A case-sensitive regex whose matches can only begin at the start of a word that begins with one of
     * {@code prefixes} as spelt ({@link #casedPrefixes}; null: anywhere): "[A-Z]" then skips the lower-case words.
     */
    static WordCue atCased(Pattern pattern, String[] prefixes) {
        if ((pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 || pattern.pattern().contains("(?i")) {
            throw new IllegalArgumentException("not a case-sensitive regex: " + pattern);
        }
        return new WordCue(pattern, prefixes, false);
    }

    /** The letters or digits each literal begins with, lower case: the prefixes of an alternation of quoted names. */
    static String[] literalPrefixes(List<String> literals) {
        return literalPrefixes(literals, true);
    }

    /** The letters or digits each literal begins with, lower case or (for {@link #atCased}) as spelt. */
    static String[] literalPrefixes(List<String> literals, boolean lower) {
        List<String> out = new ArrayList<>();
        for (String l : literals) {
            int j = 0;
            while (j < l.length() && Character.isLetterOrDigit(l.charAt(j))) j++;
            if (j == 0) return null;
            out.add(lower ? l.substring(0, j).toLowerCase(Locale.ROOT) : l.substring(0, j));
        }
        return out.isEmpty() ? null : out.toArray(String[]::new);
    }

    /** Is the cue anywhere in {@code text}? */
    boolean in(String text) {
        return first(text) != null;
    }

    /** A matcher on the first match in {@code text}, or null. */
    Matcher first(String text) {
        return first(WordSpans.of(text));
    }

    /** A matcher on the first match in the text of {@code words}, or null. */
    Matcher first(WordSpans words) {
        // (a cue tried at words makes its matcher at the first word its prefixes allow: most sentences have none)
        int k = index == null ? 0 : firstPossible(words, 0);
        if (k < 0) return null;
        Matcher m = pattern.matcher(words.text).useTransparentBounds(true).useAnchoringBounds(false);
        return find(m, words, index == null ? 0 : words.start(k)) ? m : null;
    }

    /** The first word at or after word {@code k} at which a prefix begins, or -1 (a cue {@link #atWords}). */
    private int firstPossible(WordSpans words, int k) {
        for (; k < words.size(); k++) if (index.startsAt(words.text, words.start(k))) return k;
        return -1;
    }

    /** Could a match begin at {@code i}, the start of a word, by the cue's prefixes (a cue {@link #atWords})? */
    boolean startsAt(String text, int i) {
        return index.startsAt(text, i);
    }

    /** Moves {@code m} (from {@link #first}) to the next match after its current one; false when there is none. */
    boolean next(Matcher m, WordSpans words) {
        int from = m.end() == m.start() ? m.end() + 1 : m.end();
        return from <= words.text.length() && find(m, words, from);
    }

    /**
     * Moves {@code m} (a matcher of {@link #pattern} with transparent, non-anchoring bounds) to the first match that
     * begins at or after {@code from}; false when there is none.
     */
    boolean findFrom(Matcher m, WordSpans words, int from) {
        return find(m, words, from);
    }

    /** Is the cue tried at word starts only (it has prefixes), not at every position? */
    boolean atWords() {
        return index != null;
    }

    /** Could a match begin at a word whose first character is {@code c}, by the cue's prefixes (a cue {@link #atWords})? */
    boolean mayBeginWith(char c) {
        return index.root.end || index.root.child(index.fold(c)) != null;
    }

    /** Is there a match at the start of a word, at {@code i} (a cue {@link #atWords}; {@code m} as for {@link #findFrom})? */
    boolean matchesAt(Matcher m, String text, int i) {
        if (!index.startsAt(text, i)) return false;
        m.region(i, text.length());
        return m.lookingAt();
    }

    private boolean find(Matcher m, WordSpans words, int from) {
        String text = words.text;
        int n = text.length();
        if (index == null) {
            m.region(0, n);
            return m.find(from);
        }
        for (int k = words.firstAtOrAfter(from); k < words.size(); k++) {
            int i = words.start(k);
            if (!index.startsAt(text, i)) continue;
            m.region(i, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /**
     * Prefixes in a tree of characters, so a position costs one step per character it shares with some prefix, however
     * many prefixes there are (a cue list has hundreds, dozens of them with the same first letter).
     */
    static final class PrefixIndex {
        private final Node root = new Node();
        private final boolean ignoreCase;

        /** Lower-case prefixes, compared ignoring case. */
        PrefixIndex(String[] prefixes) {
            this(prefixes, true);
        }

        PrefixIndex(String[] prefixes, boolean ignoreCase) {
            this.ignoreCase = ignoreCase;
            for (String p : prefixes) {
                if (ignoreCase) p = p.toLowerCase(Locale.ROOT);
                Node n = root;
                for (int k = 0; k < p.length(); k++) n = n.childOrNew(fold(p.charAt(k)));
                n.end = true;
            }
        }

        /** Does {@code text} at {@code i} begin with one of the prefixes (ignoring case if the index does)? */
        boolean startsAt(String text, int i) {
            Node n = root;
            for (int j = i; ; j++) {
                if (n.end) return true;
                if (j >= text.length()) return false;
                n = n.child(fold(text.charAt(j)));
                if (n == null) return false;
            }
        }

        /**
         * Two characters are equal ignoring case, as {@link String#regionMatches(boolean, int, String, int, int)}
         * compares them, exactly when their folds are equal.
         */
        char fold(char c) {
            if (!ignoreCase) return c;
            // ASCII folds to ASCII (upper to lower case, all else as it is) without the Unicode tables
            if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        private static final class Node {
            /** Children of ASCII characters by character, once a node has more than a few (the root has dozens). */
            private Node[] ascii;
            private char[] keys = new char[0];
            private Node[] next = new Node[0];
            private boolean end;

            Node child(char c) {
                if (ascii != null && c < 128) return ascii[c];
                char[] ks = keys;
                for (int k = 0; k < ks.length; k++) if (ks[k] == c) return next[k];
                return null;
            }

            Node childOrNew(char c) {
                Node n = child(c);
                if (n != null) return n;
                n = new Node();
                if (ascii != null && c < 128) return ascii[c] = n;
                keys = java.util.Arrays.copyOf(keys, keys.length + 1);
                next = java.util.Arrays.copyOf(next, next.length + 1);
                keys[keys.length - 1] = c;
                next[next.length - 1] = n;
                if (ascii == null && keys.length > 4) tabulate();
                return n;
            }

            /** Moves the ASCII children into the table. */
            private void tabulate() {
                ascii = new Node[128];
                int kept = 0;
                for (int k = 0; k < keys.length; k++) {
                    if (keys[k] < 128) ascii[keys[k]] = next[k];
                    else { keys[kept] = keys[k]; next[kept++] = next[k]; }
                }
                keys = java.util.Arrays.copyOf(keys, kept);
                next = java.util.Arrays.copyOf(next, kept);
            }
        }
    }

    /** \p{L} or \p{N}, as the regex's look-behind sees it. */
    static boolean isLetterOrNumber(int c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (Character.isLetter(c)) return true;
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /**
     * What a match of {@code regex} must begin with, lower case: the literal letters or digits at the head of each
     * top-level alternative, past "(?i)", "\\b" and look-behinds; an alternative that begins with a look-ahead begins
     * with what the look-ahead's body begins with; an alternative that begins with a group
     * ("(?:a|b) ...", "(?<name>...)") begins with the group's own; a class of letters ("[ABH]", "[A-Z]") with
     * each letter. A letter made optional by ?, * or { is not part of it. Null when an alternative has none.
     */
    static String[] prefixes(String regex) {
        return prefixes(regex, true);
    }

    /** As {@link #prefixes}, spelt as in the regex: for a case-sensitive regex ({@link #atCased}). */
    static String[] casedPrefixes(String regex) {
        return prefixes(regex, false);
    }

    /**
     * As {@link #prefixes}, for an alternation that stands right after the look-behind {@code (?<![\p{L}\p{N}])}: an
     * alternative may also begin with an optional group ("(?:the )?Wall Street Journal" begins with "the" or "wall"),
     * since wherever its match begins, with the group or after it, a word begins.
     */
    static String[] wordPrefixes(String regex) {
        return prefixes(regex, true, true);
    }

    private static String[] prefixes(String regex, boolean lower) {
        return prefixes(regex, lower, false);
    }

    private static String[] prefixes(String regex, boolean lower, boolean optionalHeads) {
        String r = regex.startsWith("(?i)") ? regex.substring(4) : regex;
        List<String> out = new ArrayList<>();
        for (String alt : RegexShape.topLevel(r)) {
            while (true) {
                if (alt.startsWith("\\b")) alt = alt.substring(2);
                // the input's start ("^It also names"): a match there that opens with a letter opens the first word
                else if (alt.startsWith("^")) alt = alt.substring(1);
                else if ((alt.startsWith("(?<!") || alt.startsWith("(?<=")) && RegexShape.closing(alt, 0) > 0) alt = alt.substring(RegexShape.closing(alt, 0) + 1);
                else break;
            }
            if (alt.startsWith("(?=")) {
                // "(?=[Bb]oth|[Bb]eide)\s*...": a match begins where the look-ahead holds, so with what its body begins with
                int close = RegexShape.closing(alt, 0);
                String[] inner = close < 0 ? null : prefixes(alt.substring(3, close), lower, false);
                if (inner == null) return null;
                out.addAll(List.of(inner));
                continue;
            }
            int open = alt.startsWith("(?:") ? 3 : alt.startsWith("(?i:") ? 4 : alt.startsWith("(?-i:") ? 5
                    : alt.startsWith("(?<") && !alt.startsWith("(?<!") && !alt.startsWith("(?<=") ? alt.indexOf('>') + 1 : -1;
            if (open > 0) {
                int close = RegexShape.closing(alt, 0);
                boolean optional = close > 0 && alt.startsWith("?", close + 1);
                if (optional && optionalHeads) {
                    // the group's own beginnings, or what follows it ("?" may make it lazy: "??")
                    String[] inner = prefixes(alt.substring(open, close), lower, true);
                    String[] rest = prefixes(alt.substring(alt.startsWith("?", close + 2) ? close + 3 : close + 2), lower, true);
                    if (inner == null || rest == null) return null;
                    out.addAll(List.of(inner));
                    out.addAll(List.of(rest));
                    continue;
                }
                if (close < 0 || (close + 1 < alt.length() && "?*{".indexOf(alt.charAt(close + 1)) >= 0)) return null;
                String[] inner = prefixes(alt.substring(open, close), lower, optionalHeads);
                if (inner == null) return null;
                out.addAll(List.of(inner));
                continue;
            }
            if (alt.startsWith("[")) {
                int close = alt.indexOf(']');
                if (close < 0 || (close + 1 < alt.length() && "?*{".indexOf(alt.charAt(close + 1)) >= 0)) return null;
                List<String> letters = classLetters(alt.substring(1, close), lower);
                if (letters == null) return null;
                out.addAll(letters);
                continue;
            }
            if (alt.startsWith("\\Q")) {
                // a quoted name (\QKI-Chip\E): its letters up to the first other character, unless a quantifier follows it
                int close = alt.indexOf("\\E");
                int k = 2;
                while (k < alt.length() && k != close && Character.isLetterOrDigit(alt.charAt(k))) k++;
                if (k == 2 || (k == close && close + 2 < alt.length() && "?*{+".indexOf(alt.charAt(close + 2)) >= 0)) return null;
                out.add(lower ? alt.substring(2, k).toLowerCase(Locale.ROOT) : alt.substring(2, k));
                continue;
            }
            int j = 0;
            while (j < alt.length() && Character.isLetterOrDigit(alt.charAt(j))) j++;
            if (j < alt.length() && "?*{".indexOf(alt.charAt(j)) >= 0) j--;
            if (j <= 0) return null;
            out.add(lower ? alt.substring(0, j).toLowerCase(Locale.ROOT) : alt.substring(0, j));
        }
        return out.isEmpty() ? null : out.toArray(String[]::new);
    }

    /** The letters of a class body made of letters and letter ranges only, lower case; else null. */
    private static List<String> classLetters(String body, boolean lower) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!Character.isLetter(c)) return null;
            if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                char to = body.charAt(i + 2);
                if (!Character.isLetter(to) || to < c) return null;
                for (char x = c; x <= to; x++) out.add(String.valueOf(lower ? Character.toLowerCase(x) : x));
                i += 2;
            } else {
                out.add(String.valueOf(lower ? Character.toLowerCase(c) : c));
            }
        }
        return out.isEmpty() ? null : out;
    }
}
