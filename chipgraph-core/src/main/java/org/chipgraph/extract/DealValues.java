package org.chipgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
 * view; two make the payer a guess, and none is made. With no purchase that near, a value sentence that names one
 * company ("Den Auftragswert bezifferte X auf ...") pays for that company's latest purchase, however far back.
 * A value phrase on the goods of a purchase the same sentence states ("ordered HBM4 worth $1.1 billion"; the
 * language's {@code purchase-value}) needs no deal word (session 34).
 */
final class DealValues {
    private static final int REACH = 2;
    private final String docIri;
    private final Pattern dealValue;
    private final Pattern purchaseValue;
    private final FactBuilder builder;

    DealValues(String docIri, LanguageRules lang, FactBuilder builder) {
        this.docIri = docIri;
        this.dealValue = lang.dealValue;
        this.purchaseValue = lang.purchaseValue;
        this.builder = builder;
    }

    void apply(List<SentenceState> states) {
        if (dealValue == null && purchaseValue == null) return;
        Map<String, Fact> facts = builder.facts();
        for (int i = 0; i < states.size(); i++) {
            SentenceState st = states.get(i);
            if (PurchaseInView.stated(facts, st, Relation.SPENDS)) continue;
            Money money = pricedGoods(st);
            PurchaseInView p = money == null || !PurchaseInView.statedAsDone(facts, st) ? null : PurchaseInView.near(facts, states, i, 0);
            if (p == null) {
                money = moneyOf(st);
                if (money == null || dealValue == null || !dealValue.matcher(st.text).find()) continue;
                p = PurchaseInView.near(facts, states, i, REACH);
                if (p == null) p = namedParty(facts, states, i);
            }
            EntityRef paidFor = p == null ? null : p.chip() != null ? p.chip() : p.supplier();
            if (paidFor == null) continue;
            builder.put(NewsExtractor.fact(p.buyer(), Relation.SPENDS, paidFor, null, null, money, null, Stance.ASSERTED, null,
                    0.55, docIri, st.sentence), p.buyer(), paidFor);
        }
    }

    /**
     * The money a value phrase puts on the goods of the sentence ("ordered HBM4 worth $1.1 billion", "Anlagen für rund
     * 25 Millionen Euro verkauft"; {@code purchase-value}, group m the money's placeholder index): paid for the purchase
     * the same sentence states, or null.
     */
    private Money pricedGoods(SentenceState st) {
        if (purchaseValue == null || st.abstracted == null) return null;
        Matcher m = purchaseValue.matcher(st.abstracted);
        if (!m.find()) return null;
        Mention money = st.mentionAt(m.group("m"));
        return money != null && money.kind() == MentionKind.MONEY ? (Money) money.payload() : null;
    }

    /** The purchase of the one company a value sentence names, told any number of sentences before it. */
    private static PurchaseInView namedParty(Map<String, Fact> facts, List<SentenceState> states, int i) {
        EntityRef party = null;
        for (Mention m : states.get(i).mentions) {
            if (m.kind() != MentionKind.COMPANY) continue;
            for (EntityRef e : m.entities()) {
                if (party != null && !party.iri().equals(e.iri())) return null;
                party = e;
            }
        }
        return party == null ? null : PurchaseInView.ofParty(facts, states, i, party);
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
