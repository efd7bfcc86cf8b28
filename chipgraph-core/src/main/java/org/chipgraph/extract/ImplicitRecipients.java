package org.chipgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * German "X baut ein Rechenzentrum. Die Server liefert der Hersteller Y.", "Die Anlagen wurden von Y geliefert.": goods
 * fronted with a verb of supplying and a supplier, no recipient in the sentence: the supplier supplies the company the
 * sentence before (or the one before that) is about ({@link SentenceTopic}), passing sentences of this shape, when the
 * article has that company buy, order or receive something. The cue is the language's {@code recipient-implicit} (group c:
 * the supplier's mention); a sentence naming another company, or a recipient the supplier itself, gives nothing.
 */
final class ImplicitRecipients {
    private static final double CONFIDENCE = 0.6;
    private static final int SENTENCES_BACK = 2;

    private final String docIri;
    private final LanguageRules lang;
    private final FactBuilder builder;
    /** Does the cue mark goods that are parts of a chip (group i)? */
    private final boolean inputs;

    ImplicitRecipients(String docIri, LanguageRules lang, FactBuilder builder) {
        this.docIri = docIri;
        this.lang = lang;
        this.builder = builder;
        this.inputs = lang.recipientImplicit != null && lang.recipientImplicit.pattern().contains("(?<i>");
    }

    void apply(List<SentenceState> states) {
        if (lang.recipientImplicit == null) return;
        // each sentence matched once: as a candidate, and as a sentence of the same shape passed when looking back
        Matcher[] shaped = new Matcher[states.size()];
        for (int i = 0; i < states.size(); i++) {
            String text = states.get(i).abstracted;
            Matcher m = text == null ? null : lang.recipientImplicit.matcher(text);
            if (m != null && m.find()) shaped[i] = m;
        }
        for (int i = 1; i < states.size(); i++) {
            SentenceState st = states.get(i);
            Matcher m = shaped[i];
            if (m == null) continue;
            Mention supplier = st.mentions.get(Integer.parseInt(m.group("c")));
            if (supplier.kind() != MentionKind.COMPANY || supplier.entities().size() != 1 || otherCompany(st, supplier)) continue;
            if (lang.negation != null && lang.negation.in(st.abstracted)) continue;
            EntityRef from = supplier.entities().get(0);
            // parts of a chip (memory, wafers, substrates: group i) go to its maker too, systems only to a buyer
            boolean input = inputs && m.group("i") != null;
            EntityRef to = null;
            // a sentence before of the same shape names another supplier, not the company supplied: "Die Kühlung baut X. Die
            // Server liefert Y." both supply the company before them; a topic that takes no such goods is passed (session 29:
            // "Der Chip, den Y fertigt, ...": the foundry before the chip's maker)
            for (int j = i - 1, left = SENTENCES_BACK; j >= 0 && left > 0 && to == null; j--) {
                SentenceState before = states.get(j);
                if (shaped[j] != null) continue;
                EntityRef topic = SentenceTopic.of(before, lang);
                if (topic != null && !topic.iri().equals(from.iri()) && recipient(topic, input)) to = topic;
                left--;
            }
            if (to == null) continue;
            builder.put(NewsExtractor.fact(from, Relation.SUPPLIES, to, null, null, null, null, Stance.ASSERTED, null, CONFIDENCE, docIri, st.sentence), from, to);
        }
    }

    /**
     * Goods go to a company the article has buying, ordering or receiving something, or supplied by others: the sentence
     * before may be about a customer, a maker or a plant's owner, who need no servers ("Kiveron lässt seine Muster bei X
     * herstellen."); parts of a chip ({@code input}) also go to a company that makes one.
     */
    private boolean recipient(EntityRef company, boolean input) {
        for (Fact f : builder.facts().values()) {
            if (f.stance() == Stance.DENIED) continue;
            boolean takes = f.relation() == Relation.BUYS || f.relation() == Relation.ORDERS || f.relation() == Relation.RECEIVES
                    || (input && f.relation() == Relation.MAKES);
            if (takes && f.subject().iri().equals(company.iri())) return true;
            // (session 29) a company the article has others supply takes goods too
            if (f.relation() == Relation.SUPPLIES && company.iri().equals(f.object().iri())) return true;
        }
        return false;
    }

    /**
     * Does the supplier's clause name a company other than the supplier (a recipient the rules read, or a second party)?
     * A clause after a semicolon is another statement ("Die Stapel liefert X zu; das Packaging übernimmt Y").
     */
    private static boolean otherCompany(SentenceState st, Mention supplier) {
        int end = st.text.indexOf(';', supplier.end());
        if (end < 0) end = st.text.length();
        for (Mention x : st.mentions) {
            if (x.kind() == MentionKind.COMPANY && x.start() < end && !x.entities().equals(supplier.entities())) return true;
        }
        return false;
    }
}
