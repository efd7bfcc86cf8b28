package org.chipgraph.extract;

import java.util.regex.Pattern;

/**
 * A corporate suffix or industry designator after a space ("\s(?:Inc\.|GmbH|Semi|...)"). Discovery asks every sentence
 * whether it holds one; a regex search tries the whole alternation at every space, so where each alternative begins
 * with letters the question goes to the words they can begin with instead ({@link WordCue}), which gives the search's
 * answer: a match after a space that opens with a letter opens a word.
 */
final class SuffixAfterSpace {
    /** "\s(?:suffix)": the suffix with the space before it. */
    final Pattern pattern;
    /** The suffix after a space, tried at the words its prefixes allow; null when they are not known (then the search). */
    private final WordCue atWords;

    private SuffixAfterSpace(String suffix) {
        pattern = Pattern.compile("\\s(?:" + suffix + ")");
        String[] prefixes = suffix.contains("(?i") ? null : WordCue.casedPrefixes(suffix);
        atWords = prefixes == null ? null : WordCue.atCased(Pattern.compile("(?<=\\s)(?:" + suffix + ")"), prefixes);
    }

    /** For the alternation {@code suffix} (case-sensitive), or null for none. */
    static SuffixAfterSpace of(String suffix) {
        return suffix == null ? null : new SuffixAfterSpace(suffix);
    }

    /** Does the text of {@code words} hold the suffix after a space (as {@code pattern.matcher(text).find()})? */
    boolean in(WordSpans words) {
        return atWords == null ? pattern.matcher(words.text).find() : atWords.first(words) != null;
    }
}
