package org.chipgraph.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules' lead conditions ({@link LeadAssertions}) tested at the placeholders of one rendered sentence, each
 * condition once per placeholder whatever number of rules share it (the rules sharing one come from one pattern file,
 * so they share its compiled pattern).
 */
final class LeadConditions {
    private final SentenceState st;
    /** Per condition and placeholder: 0 not tested yet, 1 holds, 2 fails. */
    private final Map<Pattern, byte[]> answers = new IdentityHashMap<>();
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

    LeadConditions(SentenceState st) {
        this.st = st;
    }

    /** Does {@code condition} hold right after the placeholder {@code k} of the sentence ("§C3§")? */
    boolean holds(Pattern condition, int k) {
        byte[] known = answers.computeIfAbsent(condition, c -> new byte[st.placeholderStarts.length]);
        if (known[k] == 0) {
            String text = st.abstracted;
            Matcher m = matchers.computeIfAbsent(condition, c -> c.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
            int end = text.indexOf('§', st.placeholderStarts[k] + 1) + 1;
            m.region(end, text.length());
            known[k] = m.lookingAt() ? (byte) 1 : (byte) 2;
        }
        return known[k] == 1;
    }
}
