package org.chipgraph.extract;

import java.util.ArrayList;
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
 * article has that company buy, order or receive something, or (session 32) that sentence speaks of a site it builds or
 * runs (the language's {@code recipient-project}: "X baut ein Rechenzentrum. Die Server liefert Y."). The cue is the language's {@code recipient-implicit} (group c:
 * the supplier's mention); a sentence naming another company, or a recipient the supplier itself, gives nothing. (Session
 * 33) English has the cue too ("The servers will be assembled by Y"), and suppliers joined to the first
 * ({@code recipient-implicit-joint}: "by X and by Y", "X and Y will supply the servers") supply the same recipient.
 */
final class ImplicitRecipients {
    private static final double CONFIDENCE = 0.6;
    private static final int SENTENCES_BACK = 2;
    /** How far back (session 34) the chip whose maker takes parts of it may be named. */
    private static final int CHIP_SENTENCES_BACK = 3;

    /** One clause of the cue's shape: where it begins in the sentence's text, its supplier's mention, whether its goods are parts of a chip. */
    private record Cue(int start, int supplier, boolean input) {}

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
        // (session 32: every clause of the shape, "Die Anlagen liefert X, die Kühlung kommt von Y")
        List<List<Cue>> shaped = new ArrayList<>();
        for (SentenceState st : states) {
            List<Cue> found = new ArrayList<>();
            Matcher m = st.abstracted == null ? null : lang.recipientImplicit.matcher(st.abstracted);
            while (m != null && m.find()) {
                found.add(new Cue(st.toText == null ? 0 : st.toText[m.start()], Integer.parseInt(m.group("c")), inputs && m.group("i") != null));
            }
            shaped.add(found);
        }
        for (int i = 1; i < states.size(); i++) {
            SentenceState st = states.get(i);
            if (shaped.get(i).isEmpty() || (lang.negation != null && lang.negation.in(st.abstracted))) continue;
            for (Cue cue : shaped.get(i)) {
                Mention supplier = st.mentions.get(cue.supplier());
                // (session 33) a list collapsed into one mention ("X and Y will supply the servers") is several suppliers
                if (supplier.kind() != MentionKind.COMPANY || supplier.entities().isEmpty()) continue;
                List<Mention> suppliers = joined(st, supplier);
                if (otherCompany(st, suppliers, cue.start())) continue;
                EntityRef from = supplier.entities().get(0);
                // parts of a chip (memory, wafers, substrates: group i) go to its maker too, systems only to a buyer
                EntityRef to = recipientBefore(states, shaped, i, from, cue.input());
                // (session 34) parts of a chip or work on it with no topic before that takes them go to the chip's maker
                if (to == null && cue.input()) to = makerOfChipBefore(states, i, cue.start(), from);
                if (to == null) continue;
                for (Mention s : suppliers) {
                    for (EntityRef by : s.entities()) {
                        if (by.iri().equals(to.iri())) continue;
                        builder.put(NewsExtractor.fact(by, Relation.SUPPLIES, to, null, null, null, null, Stance.ASSERTED, null, CONFIDENCE, docIri, st.sentence), by, to);
                    }
                }
            }
        }
    }

    /**
     * The company supplied: the topic of the sentence before or the one before that. A sentence before of the same shape
     * names another supplier, not the company supplied ("Die Kühlung baut X. Die Server liefert Y." both supply the company
     * before them); a topic that takes no such goods is passed (session 29: "Der Chip, den Y fertigt, ...": the foundry
     * before the chip's maker).
     */
    private EntityRef recipientBefore(List<SentenceState> states, List<List<Cue>> shaped, int i, EntityRef from, boolean input) {
        for (int j = i - 1, left = SENTENCES_BACK; j >= 0 && left > 0; j--) {
            SentenceState before = states.get(j);
            if (!shaped.get(j).isEmpty()) continue;
            EntityRef topic = SentenceTopic.of(before, lang);
            if (topic != null && !topic.iri().equals(from.iri()) && (recipient(topic, input) || project(before))) return topic;
            left--;
        }
        return null;
    }

    /**
     * (session 34) The maker of the chip named last before the cue (in its sentence before it, or up to three sentences
     * back), a memory part passed ("Der Z ist für Inferenz ausgelegt. Auf dem Interposer sitzen vier HBM3E-Stapel. Das
     * Packaging übernimmt X": X works for Z's maker, not for the memory's): null when that chip has no maker in the
     * article, or its maker is the supplier.
     */
    private EntityRef makerOfChipBefore(List<SentenceState> states, int i, int cueStart, EntityRef from) {
        for (int j = i; j >= 0 && j >= i - CHIP_SENTENCES_BACK; j--) {
            SentenceState st = states.get(j);
            Mention last = null;
            for (Mention x : st.mentions) {
                if (x.kind() != MentionKind.CHIP || x.entities().size() != 1 || (j == i && x.end() > cueStart)) continue;
                if (lang.isMemoryPart(x.entities().get(0))) continue;
                if (last == null || x.start() > last.start()) last = x;
            }
            if (last == null) continue;
            EntityRef maker = makerOf(last.entities().get(0));
            return maker == null || maker.iri().equals(from.iri()) ? null : maker;
        }
        return null;
    }

    /** The one company the article has making {@code chip}, or null. */
    private EntityRef makerOf(EntityRef chip) {
        List<EntityRef> makers = builder.makersOf(chip);
        return makers.isEmpty() || makers.stream().map(EntityRef::iri).distinct().count() > 1 ? null : makers.get(0);
    }

    /** (session 32) Is the sentence about a site its company builds or runs ("X baut ein Rechenzentrum"), which takes goods? */
    private boolean project(SentenceState st) {
        return lang.recipientProject != null && st.abstracted != null && lang.recipientProject.matcher(st.abstracted).find();
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
     * The clause runs from the cue's start to the next comma or semicolon after the supplier: an apposition, a relative
     * clause or a second clause there is another statement ("Die Stapel liefert X zu; das Packaging übernimmt Y", "Die
     * Server liefert X, der auch Y beliefert").
     */
    private static boolean otherCompany(SentenceState st, List<Mention> suppliers, int from) {
        int end = st.text.length();
        for (char c : new char[] {';', ','}) {
            int at = st.text.indexOf(c, suppliers.get(suppliers.size() - 1).end());
            if (at >= 0 && at < end) end = at;
        }
        for (Mention x : st.mentions) {
            if (x.kind() != MentionKind.COMPANY || x.start() >= end || x.end() <= from) continue;
            if (suppliers.stream().noneMatch(s -> s.entities().equals(x.entities()))) return true;
        }
        return false;
    }

    /**
     * (session 33) The supplier and the suppliers joined to it by the language's {@code recipient-implicit-joint} ("The
     * servers are assembled by X and by Taiwan's Y", "X and Y will supply the servers"): each supplies the recipient.
     */
    private List<Mention> joined(SentenceState st, Mention first) {
        List<Mention> out = new ArrayList<>(List.of(first));
        if (lang.recipientImplicitJoint == null) return out;
        Mention last = first;
        while (true) {
            Mention next = nextAfter(st, last.end());
            // a country's possessive before the next supplier ("by Taiwan's Y") is part of the joint
            while (next != null && next.kind() == MentionKind.COUNTRY) next = nextAfter(st, next.end());
            if (next == null || next.kind() != MentionKind.COMPANY || next.entities().isEmpty()) return out;
            if (!lang.recipientImplicitJoint.matcher(st.text.substring(last.end(), next.start())).matches()) return out;
            out.add(next);
            last = next;
        }
    }

    /** The first mention of the sentence that begins at or after {@code offset}, or null. */
    private static Mention nextAfter(SentenceState st, int offset) {
        Mention next = null;
        for (Mention x : st.mentions) {
            if (x.start() >= offset && (next == null || x.start() < next.start())) next = x;
        }
        return next;
    }
}
