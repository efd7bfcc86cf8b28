package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Names validated by their slot. After the rules had the sentence, its capitalised runs and model shapes that no
 * mention took and no word list rules out become tentative mentions of open type; the rules are tried again with
 * them, and a tentative name becomes an entity only where a matched rule puts it in a slot whose type the rule fixes
 * (a company slot makes it a company, a chip slot a chip). The rest are dropped. "Brightwave Networks will buy the
 * QX9" needs no cue: the buyer's slot says what Brightwave Networks is. Facts on such names carry the lowered
 * confidence of discovered names.
 */
final class SlotNames {
    private final NewsExtractor.LanguageRules lang;
    private final RuleMatcher rules;

    SlotNames(NewsExtractor.LanguageRules lang, RuleMatcher rules) {
        this.lang = lang;
        this.rules = rules;
    }

    /** The second rule pass, only on a sentence with tentative names (its first pass is done). */
    void apply(SentenceState st, int index) {
        if (lang.nameFinder == null || !NewsExtractor.someRuleHasItsWords(lang, st.words)) return;
        List<int[]> spans = lang.nameFinder.tentative(st.words, st.taken);
        if (spans.isEmpty()) return;
        List<Mention> known = st.mentions;
        List<Mention> with = new ArrayList<>(known);
        for (int[] s : spans) with.add(tentative(st.text, s[0], s[1]));
        with.sort(Comparator.comparingInt(Mention::start));
        st.mentions = with;
        SentenceRenderer.render(st);
        Map<Integer, Mention> confirmed = rules.applyTentative(st, index);
        List<Mention> kept = new ArrayList<>(known.size() + confirmed.size());
        for (int i = 0; i < with.size(); i++) {
            Mention m = with.get(i);
            if (m.kind() != MentionKind.TENTATIVE) kept.add(m);
            else if (confirmed.containsKey(i)) {
                kept.add(confirmed.get(i));
                st.take(m.start(), m.end());
            }
        }
        st.mentions = kept;
        SentenceRenderer.render(st);
    }

    /** A tentative mention of [start, end), owning what follows when "'s" does ("Halvex's"). */
    private static Mention tentative(String text, int start, int end) {
        boolean possessive = end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’') && text.charAt(end + 1) == 's'
                && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)));
        return new Mention(start, possessive ? end + 2 : end, MentionKind.TENTATIVE, List.of(), possessive, false, false, false, null);
    }
}
