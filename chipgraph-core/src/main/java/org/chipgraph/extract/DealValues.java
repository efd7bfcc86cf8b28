package org.chipgraph.extract;

import java.util.ArrayList;
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

    DealValues(String docIri, NewsExtractor.LanguageRules lang, FactBuilder builder) {
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
            if (money == null || !dealValue.matcher(st.text).find() || spendsIn(facts, st)) continue;
            for (int j = i; j >= Math.max(0, i - REACH); j--) {
                Purchase p = purchaseIn(facts, states.get(j));
                if (p == Purchase.AMBIGUOUS) break;
                if (p == null) continue;
                builder.put(NewsExtractor.fact(p.buyer, Relation.SPENDS, p.paidFor, null, null, money, null, Stance.ASSERTED, null,
                        0.55, docIri, st.sentence), p.buyer, p.paidFor);
                break;
            }
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

    private static boolean spendsIn(Map<String, Fact> facts, SentenceState st) {
        for (Fact f : facts.values()) if (f.relation() == Relation.SPENDS && in(f, st)) return true;
        return false;
    }

    private static boolean in(Fact f, SentenceState st) {
        return f.provenance().start() == st.sentence.start();
    }

    /** Who bought what in the sentence: the chip it ordered or bought, else the company that supplied it. */
    private record Purchase(EntityRef buyer, EntityRef paidFor) {
        static final Purchase AMBIGUOUS = new Purchase(null, null);
    }

    private static Purchase purchaseIn(Map<String, Fact> facts, SentenceState st) {
        List<Fact> here = new ArrayList<>();
        for (Fact f : facts.values()) if (in(f, st) && f.stance() != Stance.DENIED) here.add(f);
        EntityRef buyer = null, chip = null, supplier = null;
        for (Fact f : here) {
            EntityRef b;
            if (f.relation() == Relation.ORDERS || f.relation() == Relation.BUYS) b = f.subject();
            else if (f.relation() == Relation.SUPPLIES) b = f.object();
            else continue;
            if (buyer != null && !buyer.iri().equals(b.iri())) return Purchase.AMBIGUOUS;
            buyer = b;
            if (f.relation() == Relation.SUPPLIES) supplier = f.subject();
            else if (f.object().type().equals("Chip")) chip = chip == null || chip.iri().equals(f.object().iri()) ? f.object() : chip;
        }
        if (buyer == null) return null;
        EntityRef paidFor = chip != null ? chip : supplier;
        return paidFor == null ? null : new Purchase(buyer, paidFor);
    }
}
