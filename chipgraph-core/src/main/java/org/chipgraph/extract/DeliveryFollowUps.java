package org.chipgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.fact.Quantity;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * A delivery told after the order: "Pellam Cloud ordered 4,000 H200 chips in March. The first 1,500 units arrived in
 * May." A sentence with a delivery word ({@code delivery} in the language's patterns), a number of units or a date, and
 * no company but the buyer and no receiver named ({@code delivery-recipient}) is what the buyer of the purchase in view receives (the guide's `receives`, announced
 * deliveries included): the chip it ordered, the sentence's quantity and date. One buyer in view only. A delivery still to
 * come ({@code delivery-future}) counts only with a batch of its own ("the first 1,500 units are to arrive in May").
 */
final class DeliveryFollowUps {
    private static final int REACH = 2;
    private static final Pattern SHARE_AFTER = Pattern.compile("^\\s*(?:%|percent|per cent|Prozent)");
    private final String docIri;
    private final Pattern delivery;
    private final Pattern recipient;
    private final Hedges hedges;
    private final FactBuilder builder;

    DeliveryFollowUps(String docIri, LanguageRules lang, FactBuilder builder) {
        this.docIri = docIri;
        this.delivery = lang.delivery;
        this.recipient = lang.deliveryRecipient;
        this.hedges = lang.hedges;
        this.builder = builder;
    }

    void apply(List<SentenceState> states) {
        if (delivery == null) return;
        Map<String, Fact> facts = builder.facts();
        for (int i = 0; i < states.size(); i++) {
            SentenceState st = states.get(i);
            if (!delivery.matcher(st.text).find() || PurchaseInView.stated(facts, st, Relation.RECEIVES)) continue;
            if (recipient != null && recipient.matcher(st.text).find()) continue;
            Quantity units = unitsOf(st);
            PartialDate date = st.dates == null || st.dates.isEmpty() ? null : st.dates.get(0).date();
            if (units == null && date == null) continue;
            // a schedule ("due to be delivered by June") is no receipt unless it counts a batch of its own, not the order's
            if (hedges.future(st.text) && (units == null || ordered(facts, st, units))) continue;
            PurchaseInView p = PurchaseInView.near(facts, states, i, REACH);
            if (p == null || p.chip() == null || !namesOnly(st, MentionKind.COMPANY, p.buyer()) || !namesOnly(st, MentionKind.CHIP, p.chip())) continue;
            builder.put(NewsExtractor.fact(p.buyer(), Relation.RECEIVES, p.chip(), null, units, null, date, Stance.ASSERTED, null,
                    0.55, docIri, st.sentence), p.buyer(), p.chip());
        }
    }

    /** Is {@code units} the count of an order stated in this sentence ("ordered 9,000 ..., to be delivered by autumn")? */
    private static boolean ordered(Map<String, Fact> facts, SentenceState st, Quantity units) {
        for (Fact f : facts.values()) {
            if (f.relation() == Relation.ORDERS && f.quantity() != null && PurchaseInView.in(f, st)
                    && f.quantity().value().compareTo(units.value()) == 0) return true;
        }
        return false;
    }

    /** The first number of the sentence that is no share ("1,500 units", not "40 percent"). */
    private static Quantity unitsOf(SentenceState st) {
        for (QuantityParser.Amount a : st.amounts) {
            if (a.quantity() != null && !SHARE_AFTER.matcher(st.text.substring(a.end())).find()) return a.quantity();
        }
        return null;
    }

    /**
     * Does the sentence name no {@code kind} but {@code only}? (A company other than the buyer may be the receiver; a chip
     * the sentence names must be the one ordered.)
     */
    private static boolean namesOnly(SentenceState st, MentionKind kind, EntityRef only) {
        for (Mention m : st.mentions) {
            if (m.kind() != kind) continue;
            for (EntityRef e : m.entities()) if (!e.iri().equals(only.iri())) return false;
        }
        return true;
    }
}
