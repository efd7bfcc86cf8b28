package org.chipgraph.extract;

import java.util.Set;

/**
 * A lone capitalised word heading an English sentence that may still be a name no registry knows, for a rule's slot to
 * confirm ({@link SlotNames}): every sentence begins with a capital, so the capital alone says nothing. Two things do:
 * the article writes the word capitalised inside a sentence and never in lower case ({@link ArticleCapitals}), or the
 * word stands alone before the verb or as an owner ("Crandall designs ...", "Crandall's C9 ..."), where a common noun
 * would take an article ("The company designs ..."); not a plural, participle or adverb ("Analysts expect ...",
 * "Wanting to ...").
 */
final class EnglishHeadNames {
    private EnglishHeadNames() {}

    /** May word {@code k} (alone, heading the sentence) be a name? */
    static boolean plausible(WordSpans words, int k, Set<String> namedInside) {
        String w = words.text.substring(words.start(k), words.end(k));
        if (namedInside.contains(w)) return true;
        // (a plural, a participle or an adverb heads a sentence without an article: "Analysts expect", "Wanting to", "Earlier")
        if (w.length() < 3 || !Character.isLowerCase(w.charAt(1)) || plural(w) || INFLECTED.matcher(w).find()) return false;
        String text = words.text;
        int end = words.end(k);
        // "Crandall's C9 ...": an owner
        if (text.startsWith("'s ", end) || text.startsWith("’s ", end)) return true;
        // "Crandall designs ...": one space, then a lower-case word
        return k + 1 < words.size() && words.start(k + 1) == end + 1 && text.charAt(end) == ' '
                && Character.isLowerCase(text.charAt(words.start(k + 1)));
    }

    private static final java.util.regex.Pattern INFLECTED = java.util.regex.Pattern.compile("(?:ing|ed|ly)$");

    /** An English plural's -s ("Analysts", "Shipments"; not "Cerebras"-like names ending in -as, -is, -os, -us, -ss). */
    private static boolean plural(String w) {
        if (!w.endsWith("s") || w.length() < 4) return false;
        char before = w.charAt(w.length() - 2);
        return "aiousAIOUS".indexOf(before) < 0;
    }
}
