package org.chipgraph.extract;

import java.util.List;
import java.util.Map;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * The purchase a sentence speaks on about without naming it again ("The order is worth ...", "The first units arrived
 * in March"): the nearest sentence, this one or up to {@code reach} before, whose facts say one company ordered, bought
 * or was supplied something. Its buyer, the chip it bought (or null) and its supplier (or null). Two buyers in that
 * sentence make the purchase a guess, and there is none.
 */
record PurchaseInView(EntityRef buyer, EntityRef chip, EntityRef supplier) {

    static PurchaseInView near(Map<String, Fact> facts, List<SentenceState> states, int i, int reach) {
        for (int j = i; j >= Math.max(0, i - reach); j--) {
            SentenceState st = states.get(j);
            PurchaseInView p = of(facts, st);
            if (p == AMBIGUOUS) return null;
            if (p != null) return p;
        }
        return null;
    }

    /**
     * The latest purchase before sentence {@code i}, at any distance, that {@code party} took part in as buyer or
     * supplier ("Den Auftragswert bezifferte X auf ...", "The X contract is worth ..." long after X's order was told).
     */
    static PurchaseInView ofParty(Map<String, Fact> facts, List<SentenceState> states, int i, EntityRef party) {
        for (int j = i - 1; j >= 0; j--) {
            PurchaseInView p = of(facts, states.get(j));
            if (p == null || p == AMBIGUOUS) continue;
            if (p.buyer().iri().equals(party.iri()) || p.supplier() != null && p.supplier().iri().equals(party.iri())) return p;
        }
        return null;
    }

    private static final PurchaseInView AMBIGUOUS = new PurchaseInView(null, null, null);

    /** The one purchase the sentence's facts state, AMBIGUOUS for two buyers, or null for none. */
    private static PurchaseInView of(Map<String, Fact> facts, SentenceState st) {
        EntityRef buyer = null, chip = null, supplier = null;
        boolean ambiguous = false;
        for (Fact f : facts.values()) {
            if (!in(f, st) || f.stance() == Stance.DENIED) continue;
            EntityRef b;
            if (f.relation() == Relation.ORDERS || f.relation() == Relation.BUYS) b = f.subject();
            else if (f.relation() == Relation.SUPPLIES) b = f.object();
            else continue;
            if (buyer != null && !buyer.iri().equals(b.iri())) ambiguous = true;
            buyer = b;
            if (f.relation() == Relation.SUPPLIES) supplier = f.subject();
            else if (chip == null && f.object().type().equals("Chip")) chip = f.object();
        }
        if (ambiguous) return AMBIGUOUS;
        return buyer == null ? null : new PurchaseInView(buyer, chip, supplier);
    }

    /** Does the sentence state a purchase as done or reported, not only planned or tried ("wollte ... liefern")? */
    static boolean statedAsDone(Map<String, Fact> facts, SentenceState st) {
        for (Fact f : facts.values()) {
            if (!in(f, st) || f.stance() != Stance.ASSERTED && f.stance() != Stance.REPORTED) continue;
            if (f.relation() == Relation.ORDERS || f.relation() == Relation.BUYS || f.relation() == Relation.SUPPLIES) return true;
        }
        return false;
    }

    /** Did a rule already state a fact of this relation in the sentence (then the sentence named its own parties)? */
    static boolean stated(Map<String, Fact> facts, SentenceState st, Relation r) {
        for (Fact f : facts.values()) if (f.relation() == r && in(f, st)) return true;
        return false;
    }

    /** Was the fact stated in this sentence? */
    static boolean in(Fact f, SentenceState st) {
        return f.provenance().start() == st.sentence.start();
    }
}
