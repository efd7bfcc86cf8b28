package org.chipgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Money;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * The value of a deal told apart from the deal: "Pellam ordered 4,000 K7 accelerators from Vosk. The order is worth
 * about $600 million." A sentence that gives money with a deal word and a value word ({@code deal-value} in the
 * language's patterns) and no spending of its own pays for the purchase stated in it or in the two sentences before:
 * the buyer spends it on the chip it bought, else on its supplier (the guide's `spends`). Only one buyer may be in
 * view; two make the payer a guess, and none is made.
 */
final class DealValues {
    private static final int REACH = 2;
    private final String docIri;
    private final Pattern dealValue;
    private final FactBuilder builder;

    DealValues(String docIri, LanguageRules lang, FactBuilder builder) {
        this.docIri = docIri;
        this.dealValue = lang.dealValue;
        this.builder = builder;
    }

    void apply(List<SentenceState> states) {
        if (dealValue == null) return;
        Map<String, Fact> facts = builder.facts();
        for (int i = 0; i < states.size(); i++) {
            SentenceState st = states.get(i);
            Money money = moneyOf(st);
            if (money == null || !dealValue.matcher(st.text).find() || PurchaseInView.stated(facts, st, Relation.SPENDS)) continue;
            PurchaseInView p = PurchaseInView.near(facts, states, i, REACH);
            EntityRef paidFor = p == null ? null : p.chip() != null ? p.chip() : p.supplier();
            if (paidFor == null) continue;
            builder.put(NewsExtractor.fact(p.buyer(), Relation.SPENDS, paidFor, null, null, money, null, Stance.ASSERTED, null,
                    0.55, docIri, st.sentence), p.buyer(), paidFor);
        }
    }

    /** The sentence's money: the US dollar figure when it prints one ("1.2 trillion won ($880 million)"). */
    private static Money moneyOf(SentenceState st) {
        Money first = null;
        for (Mention m : st.mentions) {
            if (m.kind() != MentionKind.MONEY) continue;
            Money money = (Money) m.payload();
            if ("USD".equals(money.currency())) return money;
            if (first == null) first = money;
        }
        return first;
    }

}
