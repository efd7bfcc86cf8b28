package org.chipgraph.extract;

/** Where capitalised words stand around a span of a sentence: whether a span is part of a longer run of them. */
final class CapitalisedRuns {
    private CapitalisedRuns() {}

    /**
     * Is [{@code start}, {@code end}) part of a longer capitalised run ("Karl |Lamprecht", "Zeiss |Precision Optics")?
     * Such a run was a person or another name where it stood: a name learnt later is not taken out of it. An owner
     * before it is no part of it ("Finland's X", "Finnlands X").
     */
    static boolean inLongerName(SentenceState st, int start, int end) {
        String text = st.text;
        boolean owner = text.startsWith("'s ", start - 3) || text.startsWith("’s ", start - 3)
                || st.mentions.stream().anyMatch(m -> m.possessive() && m.end() == start - 1);
        boolean before = !owner && start >= 2 && text.charAt(start - 1) == ' ' && wordStartsUpper(text, start - 2);
        boolean after = end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
        return before || after;
    }

    /** Does a capitalised word of letters begin at {@code i}? */
    static boolean capitalisedWordAt(String text, int i) {
        return i < text.length() && Character.isUpperCase(text.charAt(i)) && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
    }

    /** Does the word whose last character is at {@code i} begin with a capital? */
    private static boolean wordStartsUpper(String text, int i) {
        int k = i;
        while (k > 0 && Character.isLetterOrDigit(text.charAt(k - 1))) k--;
        return Character.isLetterOrDigit(text.charAt(i)) && Character.isUpperCase(text.charAt(k));
    }
}
