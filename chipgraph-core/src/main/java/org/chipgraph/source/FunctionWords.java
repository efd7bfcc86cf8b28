package org.chipgraph.source;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap first look at whether a text is in the language its header says: the share of its words that
 * are that language's commonest function words (a third of the words of any English or German news text,
 * a few percent of another language's). Statistical language detection costs about 1 ms per article, as
 * much as extraction, so it only confirms what this look finds suspect.
 */
final class FunctionWords {
    private FunctionWords() {}

    private static final Set<String> EN = Set.of("the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "with",
            "as", "was", "by", "at", "from", "has", "its", "be", "are", "this", "which", "said", "will", "an", "have", "not");
    private static final Set<String> DE = Set.of("der", "die", "das", "und", "in", "zu", "den", "von", "mit", "ist", "des", "sich",
            "nicht", "auf", "für", "im", "dem", "ein", "eine", "auch", "es", "an", "als", "wie", "bei", "nach", "hat", "wird", "sagte");
    /** Words looked at: enough for a stable share, few enough to cost microseconds. */
    private static final int SAMPLE = 300;
    /** Below this share of its function words, a text is suspected not to be in the header's language. */
    static final double SUSPECT_BELOW = 0.12;

    /** The share of the first words of {@code text} that are function words of {@code lang} ("en" or "de"); -1 when too short to tell. */
    static double share(String text, String lang) {
        Set<String> words = lang.equals("de") ? DE : EN;
        int total = 0, hits = 0;
        int i = 0, n = text.length();
        while (i < n && total < SAMPLE) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) i++;
            if (i > start) {
                total++;
                if (words.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) hits++;
            }
        }
        return total < 20 ? -1 : (double) hits / total;
    }

    static boolean suspect(String text, String lang) {
        double s = share(text, lang);
        return s >= 0 && s < SUSPECT_BELOW;
    }
}
