package org.chipgraph.extract;

import java.util.regex.Pattern;

/**
 * Statements the annotation guide does not turn into facts, found around a rule's match rather than inside its last
 * clause (where the {@code negation} cue looks):
 * <ul>
 * <li>{@code negation-before}: a hedge or a denial just before the match, the regex ending at the match ("the administration
 * weighs further curbs on X": the curbs are only considered; "rejected reports that it had sold X to Y");</li>
 * <li>{@code negation-span}: a denial anywhere in the match ("wies Berichte zurück, nach denen ... geliefert wurden": the
 * reports are denied);</li>
 * <li>{@code delivery-future}: a delivery told as a schedule ("are due to be delivered by June"); without a count of its
 * own it is no receipt.</li>
 * </ul>
 * Each is a regex of the language's pattern file, or absent.
 */
record Hedges(Pattern before, Pattern span, Pattern deliveryFuture) {
    /** How far back from the match a hedge is looked for; the regex says how close it must stand and what may come between. */
    private static final int REACH = 120;

    static Hedges of(PatternFile file) {
        return new Hedges(compile(file, "negation-before"), compile(file, "negation-span"), compile(file, "delivery-future"));
    }

    private static Pattern compile(PatternFile file, String key) {
        String re = file.list(key);
        return re == null ? null : Pattern.compile(re);
    }

    /** Is the match from {@code start} to {@code end} of {@code text} hedged before it or denied inside it? */
    boolean hedged(String text, int start, int end) {
        if (span != null && span.matcher(text).region(start, end).find()) return true;
        return before != null && before.matcher(text).region(Math.max(0, start - REACH), start).find();
    }

    /** Does the sentence tell its delivery as still to come? */
    boolean future(String sentence) {
        return deliveryFuture != null && deliveryFuture.matcher(sentence).find();
    }
}
