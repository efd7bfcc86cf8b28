package org.chipgraph.extract;

import org.chipgraph.fact.EntityRef;

/**
 * The company a sentence is about: its first company mention of one entity (an owner too: "Nvidias Kunde ist ...")
 * that is no home word and follows no preposition ("Gefertigt wird der Chip von X" is about the chip's maker named before, not X). What
 * {@link ImplicitOwner} and {@link ImplicitRecipients} read as "the company the sentence before is about".
 */
final class SentenceTopic {
    private SentenceTopic() {}

    /** The topic of {@code st}, or null when every company it names stands after a preposition or it names none. */
    static EntityRef of(SentenceState st, LanguageRules lang) {
        Mention first = null;
        for (Mention x : st.mentions) {
            if (x.kind() != MentionKind.COMPANY || x.homeWord() || x.entities().size() != 1) continue;
            if (lang.preposition != null && lang.preposition.matcher(st.text).region(Math.max(0, x.start() - 40), x.start()).find()) continue;
            if (first == null || x.start() < first.start()) first = x;
        }
        return first == null ? null : first.entities().get(0);
    }
}
