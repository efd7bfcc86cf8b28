package org.chipgraph.extract;

/**
 * A rule's regex that opens with a placeholder followed by conditions that look back from its end
 * ("§[CT](?<s>\d+)§(?<!\bby\s...§)(?<!...)(?:(?!,)|(?<!...))...", the {@code @NOT_AGENT} of the gap {@code @S}), split
 * into the regex without those conditions ({@link #rest}) and the conditions alone ({@link #conditions}), to be tested
 * at the placeholder's end once the rest has matched.
 *
 * <p>Why: Java tries a look-behind at every length it allows (up to about a hundred here) each time the regex is tried
 * at a placeholder, and again whenever the rest fails and backtracks into an alternation of such conditions; most tries
 * fail in the rest. Why it is exact: a placeholder "§C12§" ends at one position whatever follows, and the conditions
 * match no characters and capture nothing, so they hold or fail there alone; the rest then gives the same first match
 * and groups as the whole regex, or none in both. Conditions that look ahead stay in the rest (they fail fast).
 */
record LeadLookBehinds(String rest, String conditions) {

    /** The split of {@code regex}, or null when it opens with no placeholder, or none with such conditions after it. */
    static LeadLookBehinds of(String regex) {
        int at = RegexShape.afterLeadingNegativeLookBehinds(regex);
        if (!regex.startsWith("§[", at) || RegexShape.topLevel(regex).size() != 1) return null;
        int close = regex.indexOf(']', at);
        int end = close < 0 ? -1 : placeholderEnd(regex, close + 1);
        if (end < 0) return null;
        StringBuilder moved = new StringBuilder();
        String rest = strip(regex.substring(end), moved);
        return moved.isEmpty() ? null : new LeadLookBehinds(regex.substring(0, end) + rest, moved.toString());
    }

    /**
     * {@code seq} (a row of regex items) without the look-behind conditions it opens with, which go to {@code moved}.
     * Look-aheads among them stay. A group of one alternative and no quantifier is entered ("(?:(?<!...)(?<!...)..."
     * is how a word class such as {@code @S} opens), and what follows its end is no longer at the same position.
     */
    private static String strip(String seq, StringBuilder moved) {
        StringBuilder kept = new StringBuilder();
        int i = 0;
        while (i < seq.length() && seq.charAt(i) == '(') {
            int c = RegexShape.closing(seq, i);
            if (c < 0 || (c + 1 < seq.length() && "?*+{".indexOf(seq.charAt(c + 1)) >= 0)) break;
            String item = seq.substring(i, c + 1);
            if (capturesOrRefers(item)) break;
            if (zeroWidth(item)) {
                (item.startsWith("(?=") || item.startsWith("(?!") ? kept : moved).append(item);
                i = c + 1;
                continue;
            }
            String inner = item.startsWith("(?:") ? item.substring(3, item.length() - 1) : null;
            if (inner != null && RegexShape.topLevel(inner).size() == 1) {
                return kept + "(?:" + strip(inner, moved) + ")" + seq.substring(c + 1);
            }
            break;
        }
        return kept + seq.substring(i);
    }

    /** Where the placeholder whose kinds close at {@code from} ends: past "\d+§" or "(?<s>\d+)§"; -1 if neither follows. */
    private static int placeholderEnd(String regex, int from) {
        if (regex.startsWith("\\d+§", from)) return from + 4;
        if (!regex.startsWith("(?<", from)) return -1;
        int name = regex.indexOf('>', from);
        if (name < 0 || !regex.substring(from + 3, name).matches("[A-Za-z][A-Za-z0-9]*")) return -1;
        return regex.startsWith("\\d+)§", name + 1) ? name + 6 : -1;
    }

    /** A look-around, or a group each of whose alternatives is a row of look-arounds (or of such groups). */
    private static boolean zeroWidth(String item) {
        if (item.startsWith("(?=") || item.startsWith("(?!") || item.startsWith("(?<=") || item.startsWith("(?<!")) return true;
        if (!item.startsWith("(?:")) return false;
        for (String alt : RegexShape.topLevel(item.substring(3, item.length() - 1))) {
            int i = 0;
            while (i < alt.length()) {
                if (alt.charAt(i) != '(') return false;
                int c = RegexShape.closing(alt, i);
                if (c < 0 || (c + 1 < alt.length() && "?*+{".indexOf(alt.charAt(c + 1)) >= 0)) return false;
                if (!zeroWidth(alt.substring(i, c + 1))) return false;
                i = c + 1;
            }
        }
        return true;
    }

    /** Does the item open a capturing group or refer back to one? Then it is not moved. */
    private static boolean capturesOrRefers(String item) {
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '\\') {
                if (i + 1 < item.length() && (item.charAt(i + 1) == 'k' || Character.isDigit(item.charAt(i + 1)))) return true;
                i++;
                continue;
            }
            if (c != '(' || RegexShape.inClass(item, i)) continue;
            if (!item.startsWith("?", i + 1)) return true;
            if (item.startsWith("?<", i + 1) && i + 3 < item.length() && Character.isLetter(item.charAt(i + 3))) return true;
        }
        return false;
    }
}
