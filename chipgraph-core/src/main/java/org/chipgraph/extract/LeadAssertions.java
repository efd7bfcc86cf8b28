package org.chipgraph.extract;

/**
 * A rule's regex that opens with its slot's placeholder ("§[CT](?<s>\d+)§") and then only look-arounds (the head
 * exclusion, {@code @NOT_AGENT}'s look-behinds of up to 80 characters), read as those look-arounds and the regex without
 * them. The rule is tried at placeholders only, so the look-arounds are always tested right after a placeholder, and
 * they match no characters and capture nothing: the rule matches there exactly when they hold there and the rest
 * matches, with the same groups. Dozens of English rules open with the same ones ({@code {Company:s}@S}), so their
 * answer at each placeholder can be found once per sentence for all of them ({@link RuleMatcher}) instead of once
 * per rule.
 */
record LeadAssertions(String condition, String rest) {

    /** The split of {@code regex}, or null when it does not open with a placeholder and a look-around. */
    static LeadAssertions of(String regex) {
        if (!regex.startsWith("§[") || RegexShape.topLevel(regex).size() != 1) return null;
        int close = regex.indexOf(']', 2);
        if (close < 0) return null;
        int end = regex.indexOf('§', close);
        if (end < 0) return null;
        int from = end + 1, at = zeroWidthRun(regex, from, regex.length());
        if (at == from) return null;
        return new LeadAssertions(regex.substring(from, at), regex.substring(0, from) + regex.substring(at));
    }

    /**
     * Where the run of look-arounds (and non-capturing groups whose alternatives are all such runs) that begins at
     * {@code from} ends, before {@code to}; {@code from} when there is none. None may be quantified or capture.
     */
    private static int zeroWidthRun(String regex, int from, int to) {
        int at = from;
        while (at < to && regex.charAt(at) == '(') {
            int close = RegexShape.closing(regex, at);
            if (close < 0 || close >= to || quantified(regex, close + 1)) break;
            boolean lookAround = regex.startsWith("(?=", at) || regex.startsWith("(?!", at) || regex.startsWith("(?<=", at) || regex.startsWith("(?<!", at);
            if (lookAround) {
                if (captures(regex, at + 1, close)) break;
            } else if (regex.startsWith("(?:", at)) {
                if (!alternativesZeroWidth(regex.substring(at + 3, close))) break;
            } else {
                break;
            }
            at = close + 1;
        }
        return at;
    }

    private static boolean alternativesZeroWidth(String body) {
        for (String alt : RegexShape.topLevel(body)) {
            if (alt.isEmpty() || zeroWidthRun(alt, 0, alt.length()) != alt.length()) return false;
        }
        return true;
    }

    private static boolean quantified(String regex, int i) {
        return i < regex.length() && "?*+{".indexOf(regex.charAt(i)) >= 0;
    }

    /** Is there a capturing group ("(x", "(?<name>") in [{@code from}, {@code to})? */
    private static boolean captures(String regex, int from, int to) {
        for (int i = from; i < to; i++) {
            if (regex.charAt(i) != '(' || RegexShape.escaped(regex, i) || RegexShape.inClass(regex, i)) continue;
            if (!regex.startsWith("?", i + 1)) return true;
            if (regex.startsWith("?<", i + 1) && i + 3 < regex.length() && Character.isLetter(regex.charAt(i + 3))) return true;
        }
        return false;
    }
}
