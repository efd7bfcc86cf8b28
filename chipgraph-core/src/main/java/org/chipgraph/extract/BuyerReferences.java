package org.chipgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * "Tessal showed the R40 in May. Vantor and Kelm Cloud will be its first customers.": buyers or customers named without
 * what they buy buy the one chip the sentence before (or the one before that) named, and its maker, when the article
 * says who makes it, supplies them. A sentence before that names several chips gives nothing.
 */
final class BuyerReferences {
    private static final double CONFIDENCE = 0.6;
    private static final int SENTENCES_BACK = 2;

    private final String docIri;
    private final LanguageRules lang;
    private final FactBuilder builder;

    BuyerReferences(String docIri, LanguageRules lang, FactBuilder builder) {
        this.docIri = docIri;
        this.lang = lang;
        this.builder = builder;
    }

    void apply(List<SentenceState> states) {
        if (lang.buyersWithoutObject == null) return;
        for (int i = 1; i < states.size(); i++) {
            SentenceState st = states.get(i);
            if (st.abstracted == null) continue;
            Matcher m = lang.buyersWithoutObject.matcher(st.abstracted);
            if (!m.find()) continue;
            Mention buyers = st.mentions.get(Integer.parseInt(m.group("c")));
            if (buyers.kind() != MentionKind.COMPANY || (lang.negation != null && lang.negation.in(st.abstracted.substring(m.start(), m.end())))) continue;
            EntityRef chip = null;
            for (int j = i - 1; j >= Math.max(0, i - SENTENCES_BACK) && chip == null; j--) {
                Set<EntityRef> chips = chipsOf(states.get(j));
                if (chips.size() > 1) break;
                if (chips.size() == 1) chip = chips.iterator().next();
            }
            if (chip == null) continue;
            List<EntityRef> makers = builder.makersOf(chip);
            for (EntityRef buyer : buyers.entities()) {
                if (!buyer.type().equals("Company")) continue;
                builder.put(NewsExtractor.fact(buyer, Relation.BUYS, chip, null, null, null, null, Stance.ASSERTED, null, CONFIDENCE, docIri, st.sentence), buyer, chip);
                for (EntityRef maker : makers) {
                    if (maker.iri().equals(buyer.iri())) continue;
                    builder.put(NewsExtractor.fact(maker, Relation.SUPPLIES, buyer, null, null, null, null, Stance.ASSERTED, null, CONFIDENCE * 0.9, docIri, st.sentence), maker, buyer);
                }
            }
        }
    }

    private static Set<EntityRef> chipsOf(SentenceState st) {
        Set<EntityRef> out = new LinkedHashSet<>();
        for (Mention m : st.mentions) if (m.kind() == MentionKind.CHIP) out.addAll(m.entities());
        return out;
    }
}
