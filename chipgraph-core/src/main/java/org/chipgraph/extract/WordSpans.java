package org.chipgraph.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text, as the regex {@code [\p{L}\p{N}]+} finds them: where each begins and ends. A sentence's words
 * are found once and shared by the gazetteer, the cue lists and the discovery shapes, which then look only at the
 * words that begin like one of their alternatives.
 */
final class WordSpans {
    final String text;
    private final int[] starts;
    private final int[] ends;
    private final int size;
    private String[] lower;

    private WordSpans(String text, int[] starts, int[] ends, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    static WordSpans of(String text) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        for (int i = 0, len = text.length(); i < len; ) {
            int cp = text.codePointAt(i);
            if (!WordCue.isLetterOrNumber(cp)) { i += Character.charCount(cp); continue; }
            int start = i;
            do { i += Character.charCount(cp); } while (i < len && WordCue.isLetterOrNumber(cp = text.codePointAt(i)));
            // "Zentro.com", "Kelvra.ai": a company named by its web domain is one word, not a name and a stray "com"
            if (i < len && text.charAt(i) == '.' && Character.isUpperCase(text.charAt(start))) i = domainEnd(text, i);
            if (n == starts.length) { starts = Arrays.copyOf(starts, n * 2); ends = Arrays.copyOf(ends, n * 2); }
            starts[n] = start;
            ends[n++] = i;
        }
        return new WordSpans(text, starts, ends, n);
    }

    /** Top-level domains a company's name may end in (lower case, right after the dot). */
    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile("\\.(?:com|net|org|ai|io|cn)(?![\\p{L}\\p{N}])");

    /** Where a name's web domain ends when one begins at the dot {@code dot}; {@code dot} when none does. */
    private static int domainEnd(String text, int dot) {
        java.util.regex.Matcher m = DOMAIN.matcher(text).region(dot, text.length());
        return m.lookingAt() ? m.end() : dot;
    }

    int size() { return size; }

    int start(int k) { return starts[k]; }

    int end(int k) { return ends[k]; }

    /** Word {@code k} in lower case (made once). */
    String lower(int k) {
        if (lower == null) lower = new String[size];
        String s = lower[k];
        if (s == null) s = lower[k] = text.substring(starts[k], ends[k]).toLowerCase(Locale.ROOT);
        return s;
    }

    /** The index of the first word that begins at or after {@code pos}; {@link #size()} when none does. */
    int firstAtOrAfter(int pos) {
        int k = Arrays.binarySearch(starts, 0, size, pos);
        return k >= 0 ? k : -k - 1;
    }
}
