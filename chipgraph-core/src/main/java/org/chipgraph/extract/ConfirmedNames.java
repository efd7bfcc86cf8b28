package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.chipgraph.fact.EntityRef;

/**
 * A name is a name everywhere in its article, also one that only a rule's slot confirmed ({@link SlotNames}): "Valdrun
 * ordered 3,000 ..." confirms Valdrun as a company, so "Valdrun will ..." two sentences on and "Valdrun's chief
 * executive" before it are Valdrun too. Its other mentions, in words no other mention took and, as spelt (a name, not
 * the same word in lower case), become mentions of the same entity, its short form too ("Valdrun Systems ... Valdrun").
 * Mentions are found for the whole article before the rules run, so later sentences simply have one more mention when
 * their turn comes; earlier ones are returned, for their rules to run again.
 */
final class ConfirmedNames {
    private final LanguageRules lang;
    private final boolean german;
    private final ArticleShortForms shortForms;

    ConfirmedNames(LanguageRules lang, boolean german, ArticleShortForms shortForms) {
        this.lang = lang;
        this.german = german;
        this.shortForms = shortForms;
    }

    /** Spreads the discovered names of {@code confirmed} (sentence {@code index}); the earlier sentences that gained a mention. */
    Set<Integer> spread(List<SentenceState> states, int index, List<Mention> confirmed) {
        EntityMatcher names = null;
        for (Mention m : confirmed) {
            if (m.entities().size() != 1 || !m.entities().get(0).discovered()) continue;
            EntityRef e = m.entities().get(0);
            if (names == null) names = new EntityMatcher();
            names.addCased(e.label(), e);
            // (a short form another company of the article shares names neither)
            String shortForm = "Company".equals(e.type()) ? shortForms.claim(e, e.label()) : null;
            if (shortForm != null) names.addCased(shortForm, e);
        }
        Set<Integer> earlier = new TreeSet<>();
        if (names == null) return earlier;
        for (int j = 0; j < states.size(); j++) {
            if (j != index && add(states.get(j), names) && j < index) earlier.add(j);
        }
        return earlier;
    }

    /** Adds the names' free mentions to the sentence; did it gain one? */
    private boolean add(SentenceState st, EntityMatcher names) {
        List<EntityMatcher.Hit> hits = names.find(st.words, german);
        if (hits.isEmpty()) return false;
        List<Mention> with = null;
        for (EntityMatcher.Hit h : hits) {
            // (a longer capitalised run was a person or another name where it stood; a corporate suffix after it makes another company)
            if (!st.free(h.start(), h.end()) || lang.discovery.suffixFollows(st.text, h.end()) || CapitalisedRuns.inLongerName(st, h.start(), h.end())) continue;
            if (with == null) with = new ArrayList<>(st.mentions);
            EntityRef e = h.entry().ref();
            with.add(Mention.entity(h.start(), h.end(), MentionKind.ofType(e.type()), e, h.possessive()));
            st.take(h.start(), h.end());
        }
        if (with == null) return false;
        with.sort(Comparator.comparingInt(Mention::start));
        st.mentions = with;
        return true;
    }
}
