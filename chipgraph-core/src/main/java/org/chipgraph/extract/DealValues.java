package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Money;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * "Halden Cloud has ordered 8,000 MI355X accelerators. The order is valued at about $900 million.": a sentence that gives
 * the value of "the order", "the deal" or "the purchase" names no buyer, so the money goes to the one order (else the one
 * purchase) that the sentence before, or the one before that, stated: its buyer spends it on its chip (the annotation
 * guide's {@code spends} company -> chip). Several orders there (a collective order) give nothing.
 */
final class DealValues {
    /** Less sure than a fact one sentence states. */
    private static final double CONFIDENCE = 0.6;
    private static final int SENTENCES_BACK = 2;

    private final String docIri;
    private final NewsExtractor.LanguageRules lang;
    private final FactBuilder builder;

    DealValues(String docIri, NewsExtractor.LanguageRules lang, FactBuilder builder) {
        this.docIri = docIri;
        this.lang = lang;
        this.builder = builder;
    }

    void apply(List<SentenceState> states) {
        if (lang.dealValue == null) return;
        for (int i = 1; i < states.size(); i++) {
            SentenceState st = states.get(i);
            if (st.abstracted == null || st.abstracted.indexOf("§M") < 0) continue;
            Matcher m = lang.dealValue.matcher(st.abstracted);
            if (!m.find()) continue;
            Mention money = st.mentions.get(Integer.parseInt(m.group("m")));
            if (!(money.payload() instanceof Money amount) || saysSpending(st)) continue;
            for (int j = i - 1; j >= Math.max(0, i - SENTENCES_BACK); j--) {
                Fact deal = onlyDeal(states.get(j).sentence.start());
                if (deal == null) continue;
                builder.put(NewsExtractor.fact(deal.subject(), Relation.SPENDS, deal.object(), null, null, amount, deal.date(),
                        deal.stance(), deal.attribution(), Math.min(CONFIDENCE, deal.confidence()), docIri, st.sentence), deal.subject(), deal.object());
                break;
            }
        }
    }

    /** A rule of the sentence already gave a spends fact: it named the buyer itself. */
    private boolean saysSpending(SentenceState st) {
        for (Fact f : builder.facts().values()) if (f.relation() == Relation.SPENDS && f.provenance().start() == st.sentence.start()) return true;
        return false;
    }

    /** The one order of a chip the sentence at this offset stated (else its one purchase), or null. */
    private Fact onlyDeal(int sentenceStart) {
        for (Relation r : List.of(Relation.ORDERS, Relation.BUYS)) {
            Map<String, Fact> deals = new LinkedHashMap<>();
            for (Fact f : new ArrayList<>(builder.facts().values())) {
                if (f.relation() != r || f.provenance().start() != sentenceStart || f.stance() == Stance.DENIED
                        || f.object() == null || !f.object().type().equals("Chip")) continue;
                deals.putIfAbsent(f.subject().iri() + "|" + f.object().iri(), f);
            }
            if (deals.size() == 1) return deals.values().iterator().next();
            if (deals.size() > 1) return null;
        }
        return null;
    }
}
