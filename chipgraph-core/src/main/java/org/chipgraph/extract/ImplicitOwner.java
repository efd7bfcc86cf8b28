package org.chipgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import org.chipgraph.fact.EntityRef;

/**
 * German "Zu den ersten Kunden zählen X und Y", "Erster Kunde ist X": customers named at the head of a sentence with no
 * owner are the customers of the company the sentence before is about, as "seine ersten Kunden" would be. Asked by
 * {@link References}; the cue is the language's {@code owner-implicit} (group p: the word that stands for the owner).
 */
final class ImplicitOwner {
    private ImplicitOwner() {}

    /**
     * The cue's group p becomes a possessive mention of the company the passage before is about ({@link SentenceTopic},
     * recorded here for every sentence; session 34: the topic most often of the last sentences, {@link Coreference#passageTopic}), so the rules on "Zu seinen Kunden zählen ..." read it; nothing when a company
     * or chip stands before it in the sentence, or no sentence before has a topic.
     */
    static void resolve(LanguageRules lang, Coreference coref, SentenceState st, int index) {
        if (lang.ownerImplicit == null) return;
        Matcher m = lang.ownerImplicit.matcher(st.text);
        if (m.find()) {
            int a = m.start("p"), b = m.end("p");
            // (session 34) tenants rent from a company that bought what they rent, not from a partner named in passing
            EntityRef owner = lang.ownerImplicitRent != null && lang.ownerImplicitRent.matcher(st.text).find() ? coref.landlordTopic(index) : coref.passageTopic(index);
            if (owner != null && st.free(a, b) && st.mentions.stream().noneMatch(x -> x.start() < b && (x.kind() == MentionKind.COMPANY || x.kind() == MentionKind.CHIP))) {
                st.mentions.add(new Mention(a, b, MentionKind.COMPANY, List.of(owner), true, true, false, false, null));
                st.take(a, b);
            }
        }
        coref.topic(index, SentenceTopic.of(st, lang));
    }
}
