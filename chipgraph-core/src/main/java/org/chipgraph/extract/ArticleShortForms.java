package org.chipgraph.extract;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.chipgraph.fact.EntityRef;

/**
 * The short forms one article gives the companies it names in full, registered or discovered ("Deutsche Telekom ...
 * die Telekom", "SK Hynix ... Hynix", "Ostrel Linework ... Ostrel"): from the full name on, the short form
 * ({@link EntityDiscovery#shortForm}) names that company. Never a word the registry knows as something itself, and never
 * a short form two companies of the article share ("Lindqvist Optics" and "Lindqvist Capital": "Lindqvist" is neither).
 * One per article: a short form says nothing in another article.
 */
final class ArticleShortForms {
    private final EntityDiscovery discovery;
    /** Each short form and the one company that claimed it. */
    private final Map<String, EntityRef> owners = new LinkedHashMap<>();
    /** Short forms two companies claimed. */
    private final Set<String> shared = new HashSet<>();
    /** The short forms as a matcher, built again when they change. */
    private EntityMatcher matcher;

    ArticleShortForms(EntityDiscovery discovery) {
        this.discovery = discovery;
    }

    /** The company was named in full as {@code fullName}; its short form, or null when it has none it may go by. */
    String claim(EntityRef company, String fullName) {
        String s = discovery.shortForm(fullName);
        if (s == null || shared.contains(s) || discovery.registered(s) != null) return null;
        EntityRef owner = owners.putIfAbsent(s, company);
        if (owner == null) {
            matcher = null;
            return s;
        }
        if (owner.equals(company)) return s;
        owners.remove(s);
        shared.add(s);
        matcher = null;
        return null;
    }

    /** Is {@code shortForm} the short form of {@code company} (claimed by it alone)? */
    boolean of(String shortForm, EntityRef company) {
        return company.equals(owners.get(shortForm));
    }

    /** Every short form of {@code from} names {@code to} from now on (a company found by its short form, then named in full). */
    void replace(EntityRef from, EntityRef to) {
        owners.replaceAll((s, e) -> e.equals(from) ? to : e);
        matcher = null;
    }

    /**
     * Adds the sentence's short forms in words no other mention took. As for names discovered before: not before a
     * corporate suffix, and in English not before a capitalised word ("Applied Optoelectronics" is another company,
     * for discovery to find) unless it is a unit word of {@code units} (null: none), "Tata Sons" naming the unit
     * ({@link GroupUnitNames}).
     */
    void mentions(SentenceState st, boolean german, GroupUnitNames units) {
        EntityMatcher names = matcher();
        if (names == null) return;
        for (EntityMatcher.Hit h : names.find(st.words, german)) {
            if (!st.free(h.start(), h.end())) continue;
            if (!h.possessive() && discovery.suffixFollows(st.text, h.end())) continue;
            if (!german && !h.possessive() && GroupUnitNames.longerNameFollows(st.text, h.end(), units)) continue;
            st.mentions.add(Mention.entity(h.start(), h.end(), MentionKind.COMPANY, h.entry().ref(), h.possessive()));
            st.take(h.start(), h.end());
        }
    }

    /** The short forms claimed so far, matched as spelt only; null when there are none. */
    private EntityMatcher matcher() {
        if (owners.isEmpty()) return null;
        if (matcher == null) {
            matcher = new EntityMatcher();
            owners.forEach((s, e) -> matcher.addCased(s, e));
        }
        return matcher;
    }
}
