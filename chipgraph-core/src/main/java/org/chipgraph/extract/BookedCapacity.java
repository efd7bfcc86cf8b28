package org.chipgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * "X will double its packaging capacity. Y has booked more than half of it for its Z chips.": a customer that books a
 * foundry's capacity or output has its chips made there (fabricates, the annotation guide's foundry work), for the customer
 * and for a chip the capacity is booked for. The foundry is the one whose possessive stands before the capacity, else the
 * first foundry of the sentence before (or the one before that) that speaks of capacity; a company that is no foundry
 * owns no capacity in this sense (a cloud's capacity is rented, not booked for chips).
 */
final class BookedCapacity {
    private static final double CONFIDENCE = 0.6;
    private static final int SENTENCES_BACK = 2;

    private final String docIri;
    private final LanguageRules lang;
    private final FactBuilder builder;

    BookedCapacity(String docIri, LanguageRules lang, FactBuilder builder) {
        this.docIri = docIri;
        this.lang = lang;
        this.builder = builder;
    }

    void apply(List<SentenceState> states) {
        if (lang.capacityBooked == null || lang.capacityNoun == null) return;
        for (int i = 0; i < states.size(); i++) {
            SentenceState st = states.get(i);
            if (st.abstracted == null || !lang.capacityNoun.matcher(st.abstracted).find() && !st.abstracted.contains(" it")) continue;
            Matcher m = lang.capacityBooked.matcher(st.abstracted);
            while (m.find()) {
                if (lang.negation != null && lang.negation.in(st.abstracted.substring(m.start(), m.end()))) continue;
                Mention booker = st.mentionAt(m.group("o"));
                if (booker == null || booker.kind() != MentionKind.COMPANY) continue;
                EntityRef foundry = m.group("f") != null ? foundryOf(st.mentionAt(m.group("f"))) : foundryBefore(states, i);
                if (foundry == null) continue;
                Mention chip = st.mentionAt(m.group("h"));
                for (EntityRef b : booker.entities()) {
                    if (!b.type().equals("Company") || b.iri().equals(foundry.iri()) || lang.isFoundry(b)) continue;
                    put(foundry, b, st);
                }
                if (chip != null && chip.kind() == MentionKind.CHIP) for (EntityRef c : chip.entities()) put(foundry, c, st);
            }
        }
    }

    private void put(EntityRef foundry, EntityRef object, SentenceState st) {
        builder.put(NewsExtractor.fact(foundry, Relation.FABRICATES, object, null, null, null, null, Stance.ASSERTED, null, CONFIDENCE, docIri, st.sentence), foundry, object);
    }

    /** The first foundry of the nearest sentence before (up to two back) that speaks of capacity. */
    private EntityRef foundryBefore(List<SentenceState> states, int i) {
        for (int j = i - 1; j >= Math.max(0, i - SENTENCES_BACK); j--) {
            SentenceState prev = states.get(j);
            if (prev.abstracted == null || !lang.capacityNoun.matcher(prev.abstracted).find()) continue;
            for (Mention m : prev.mentions) {
                EntityRef f = foundryOf(m);
                if (f != null) return f;
            }
        }
        return null;
    }

    private EntityRef foundryOf(Mention m) {
        if (m == null || m.kind() != MentionKind.COMPANY || m.entities().size() != 1) return null;
        EntityRef e = m.entities().get(0);
        return lang.isFoundry(e) ? e : null;
    }
}
