package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.chipgraph.fact.EntityRef;

/**
 * Names validated by their slot. After the rules had the sentence, its capitalised runs and model shapes that no
 * mention took and no word list rules out become tentative mentions of open type; the rules are tried again with
 * them, and a tentative name becomes an entity only where a matched rule puts it in a slot whose type the rule fixes
 * (a company slot makes it a company, a chip slot a chip). The rest are dropped. "Brightwave Networks will buy the
 * QX9" needs no cue: the buyer's slot says what Brightwave Networks is. Facts on such names carry the lowered
 * confidence of discovered names.
 */
final class SlotNames {
    private final LanguageRules lang;
    private final RuleMatcher rules;
    /** Words the article writes capitalised inside a sentence and never in lower case ({@link ArticleCapitals}). */
    private java.util.Set<String> namedInside = java.util.Set.of();

    SlotNames(LanguageRules lang, RuleMatcher rules) {
        this.lang = lang;
        this.rules = rules;
    }

    /**
     * Before the sentence's references are resolved: a speaker referred to by "it" ("Separately, Dorvane Micro said it
     * would ship its Q5 ...") is a company from the start, so "it" and "its" after it are its own and not those of a
     * company of the sentence before. The name must pass the name finder's word lists (two words or more, or a shape
     * no common word has; no person, place or agency), as for a tentative speaker.
     */
    void nameSpeaker(SentenceState st) {
        if (lang.nameFinder == null) return;
        int[] speaker = speaker(st);
        if (speaker == null) return;
        EntityRef e = lang.discovery.name(st.text.substring(speaker[0], speaker[1]), "Company");
        if (e == null) return;
        List<Mention> with = new ArrayList<>(st.mentions);
        with.add(Mention.entity(speaker[0], speaker[1], MentionKind.COMPANY, e, false));
        with.sort(Comparator.comparingInt(Mention::start));
        st.mentions = with;
        st.take(speaker[0], speaker[1]);
    }

    /** The article's words capitalised inside its sentences ({@link ArticleCapitals}), once its mentions are found. */
    void article(java.util.Set<String> namedInside) { this.namedInside = namedInside; }

    /** The second rule pass, only on a sentence with tentative names (its first pass is done); the names it confirmed. */
    List<Mention> apply(SentenceState st, int index) {
        if (lang.nameFinder == null || !st.someRuleHasItsWords(lang)) return List.of();
        List<int[]> spans = lang.nameFinder.tentative(st.words, st.taken, namedInside);
        int[] speaker = speaker(st);
        if (spans.isEmpty() && speaker == null) return List.of();
        List<Mention> known = st.mentions;
        List<Mention> with = new ArrayList<>(known);
        for (int[] s : spans) with.add(tentative(st.text, s[0], s[1]));
        // "Pelmora said it shipped ...": "it" stands for the speaker, a company where a rule's company slot takes "it"
        if (speaker != null) with.add(new Mention(speaker[2], speaker[3], MentionKind.TENTATIVE, List.of(), false, true, false, false, new int[] {speaker[0], speaker[1]}));
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
        // the speaker of a confirmed "it" is that company too
        if (speaker != null) {
            for (Mention m : kept) {
                if (m.start() == speaker[2] && m.kind() == MentionKind.COMPANY && st.free(speaker[0], speaker[1])) {
                    kept.add(Mention.entity(speaker[0], speaker[1], MentionKind.COMPANY, m.entities().get(0), false));
                    st.take(speaker[0], speaker[1]);
                    kept.sort(Comparator.comparingInt(Mention::start));
                    break;
                }
            }
        }
        st.mentions = kept;
        SentenceRenderer.render(st);
        return List.copyOf(confirmed.values());
    }

    /**
     * A name no mention took that opens the sentence before a verb of saying and "it" ("Pelmora Systems said it ...", the
     * language's {@code speech-verb} and {@code speech-pronoun} in references.tsv), and that the name finder's word lists
     * do not rule out (a person, a place, an agency): name start, end, pronoun start, end; else null.
     */
    private int[] speaker(SentenceState st) {
        if (lang.speakerPronoun == null) return null;
        Matcher m = lang.speakerPronoun.matcher(st.text);
        if (!m.lookingAt() || !st.free(m.start("name"), m.end("name")) || !st.free(m.start("it"), m.end("it"))) return null;
        if (!lang.nameFinder.couldName(st.words, m.start("name"), m.end("name"), st.taken)) return null;
        return new int[] {m.start("name"), m.end("name"), m.start("it"), m.end("it")};
    }

    /** A tentative mention of [start, end), owning what follows when "'s" does ("Halvex's"). */
    private static Mention tentative(String text, int start, int end) {
        boolean possessive = end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’') && text.charAt(end + 1) == 's'
                && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)));
        return new Mention(start, possessive ? end + 2 : end, MentionKind.TENTATIVE, List.of(), possessive, false, false, false, null);
    }
}
