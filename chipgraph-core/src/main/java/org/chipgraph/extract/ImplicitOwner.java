package org.chipgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;

/**
 * German "Zu den ersten Kunden zählen X und Y", "Erster Kunde ist X": customers named at the head of a sentence with no
 * owner are the customers of the company the sentence before is about, as "seine ersten Kunden" would be. Asked by
 * {@link References}; the cue is the language's {@code owner-implicit} (group p: the word that stands for the owner).
 * (Session 34) "Als erster Kunde steht Y fest": a first customer with no owner is the customer of the company the paragraph
 * is about ({@code owner-lead}, {@link Coreference#paragraphLead}), since a sentence before may be about a partner or
 * shareholder.
 */
final class ImplicitOwner {
    private ImplicitOwner() {}

    /**
     * The cue's group p becomes a possessive mention of the company the passage before is about ({@link SentenceTopic},
     * recorded here for every sentence; session 34: the topic most often of the last sentences, {@link Coreference#passageTopic}), so the rules on "Zu seinen Kunden zählen ..." read it; nothing when a company
     * or chip stands before it in the sentence, or no sentence before has a topic.
     */
    static void resolve(LanguageRules lang, Coreference coref, SentenceState st, int index) {
        if (lang.ownerImplicit == null && lang.ownerLead == null) return;
        if (lang.ownerImplicit != null) {
            // (session 34) tenants rent from a company that bought what they rent, not from a partner named in passing
            boolean rent = lang.ownerImplicitRent != null && lang.ownerImplicitRent.matcher(st.text).find();
            place(lang.ownerImplicit, rent ? coref.landlordTopic(index) : coref.passageTopic(index), st);
        }
        // (session 34) "Als erster Kunde steht Y fest": the first customers of the company the paragraph is about (session 35)
        if (lang.ownerLead != null) place(lang.ownerLead, coref.paragraphLead(index), st);
        coref.topic(index, SentenceTopic.of(st, lang));
    }

    /** The cue's group p as a possessive mention of {@code owner}, unless a company or chip stands before it. */
    private static void place(Pattern cue, EntityRef owner, SentenceState st) {
        Matcher m = cue.matcher(st.text);
        if (!m.find() || owner == null) return;
        int a = m.start("p"), b = m.end("p");
        if (st.free(a, b) && st.mentions.stream().noneMatch(x -> x.start() < b && (x.kind() == MentionKind.COMPANY || x.kind() == MentionKind.CHIP))) {
            st.mentions.add(new Mention(a, b, MentionKind.COMPANY, List.of(owner), true, true, false, false, null));
            st.take(a, b);
        }
    }
}
