package org.chipgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * (session 34) An order told after the seller won it: "X hat einen Großauftrag erhalten. Y bestellt 25.000 Beschleuniger vom
 * Typ Z.", "The chipmaker also named a new customer. Y has ordered 8,000 units." A sentence whose topic
 * ({@link SentenceTopic}) won an order or a customer (the language's {@code order-won}) makes that company the seller of the
 * next purchase told within two sentences that names no seller: one whose buyer orders or buys, with no supplier of that
 * buyer stated in it and no company named but the buyer and the winner. Only the first such purchase is the won order.
 */
final class OrderWinners {
    private static final double CONFIDENCE = 0.55;
    private static final int REACH = 2;
    private final String docIri;
    private final LanguageRules lang;
    private final FactBuilder builder;

    OrderWinners(String docIri, LanguageRules lang, FactBuilder builder) {
        this.docIri = docIri;
        this.lang = lang;
        this.builder = builder;
    }

    void apply(List<SentenceState> states) {
        if (lang.orderWon == null) return;
        Map<String, Fact> facts = builder.facts();
        for (int i = 0; i < states.size(); i++) {
            SentenceState won = states.get(i);
            if (!lang.orderWon.matcher(won.text).find() || (lang.negation != null && won.abstracted != null && lang.negation.in(won.abstracted))) continue;
            EntityRef seller = SentenceTopic.of(won, lang);
            if (seller == null) continue;
            for (int j = i + 1; j < states.size() && j <= i + REACH; j++) {
                SentenceState st = states.get(j);
                Map<String, EntityRef> buyers = buyersWithoutSeller(facts, st, seller);
                if (buyers == null) continue;
                if (!namesOnly(st, buyers, seller)) break;
                for (EntityRef buyer : buyers.values()) {
                    builder.put(NewsExtractor.fact(seller, Relation.SUPPLIES, buyer, null, null, null, null, Stance.ASSERTED, null,
                            CONFIDENCE, docIri, st.sentence), seller, buyer);
                }
                break;
            }
        }
    }

    /**
     * The buyers of the sentence's purchases (orders, buys) by IRI, in the order first stated, or null when it tells none
     * or already names a seller of one.
     */
    private static Map<String, EntityRef> buyersWithoutSeller(Map<String, Fact> facts, SentenceState st, EntityRef seller) {
        Map<String, EntityRef> buyers = new LinkedHashMap<>();
        for (Fact f : facts.values()) {
            if (!PurchaseInView.in(f, st) || f.stance() == Stance.DENIED) continue;
            if ((f.relation() == Relation.ORDERS || f.relation() == Relation.BUYS) && !f.subject().iri().equals(seller.iri())) buyers.putIfAbsent(f.subject().iri(), f.subject());
        }
        if (buyers.isEmpty()) return null;
        for (Fact f : facts.values()) {
            if (f.relation() == Relation.SUPPLIES && PurchaseInView.in(f, st) && buyers.containsKey(f.object().iri())) return null;
        }
        return buyers;
    }

    /** Does the sentence name no company but the buyers and the seller (a third company may be the seller it means)? */
    private static boolean namesOnly(SentenceState st, Map<String, EntityRef> buyers, EntityRef seller) {
        for (Mention m : st.mentions) {
            if (m.kind() != MentionKind.COMPANY) continue;
            for (EntityRef e : m.entities()) {
                if (!e.iri().equals(seller.iri()) && !buyers.containsKey(e.iri())) return false;
            }
        }
        return true;
    }
}
