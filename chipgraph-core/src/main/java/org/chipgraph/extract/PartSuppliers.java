package org.chipgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * "The Z-7 is built by X, and its high-bandwidth memory comes from Y": the supplier of a chip's memory supplies the chip's
 * maker, whom the article's makes facts name (a rule sees only the chip). The memory named by a placeholder must be a
 * memory part ("HBM3E"), never another processor; a chip that is itself a memory part, or a maker that is the supplier, gives
 * nothing.
 */
final class PartSuppliers {
    private static final double CONFIDENCE = 0.6;

    private final String docIri;
    private final LanguageRules lang;
    private final FactBuilder builder;

    PartSuppliers(String docIri, LanguageRules lang, FactBuilder builder) {
        this.docIri = docIri;
        this.lang = lang;
        this.builder = builder;
    }

    void apply(List<SentenceState> states) {
        if (lang.partSupplier == null) return;
        for (SentenceState st : states) {
            if (st.abstracted == null || st.abstracted.indexOf("§H") < 0) continue;
            Matcher m = lang.partSupplier.matcher(st.abstracted);
            while (m.find()) {
                boolean first = m.group("h") != null;
                Mention chip = st.mentionAt(first ? m.group("h") : m.group("h2"));
                Mention supplier = st.mentionAt(first ? m.group("c") : m.group("c2"));
                Mention memory = st.mentionAt(first ? m.group("m") : m.group("m2"));
                if (chip == null || supplier == null || chip.kind() != MentionKind.CHIP || supplier.kind() != MentionKind.COMPANY) continue;
                if (memory != null && (memory.kind() != MentionKind.CHIP || !allMemory(memory))) continue;
                if (lang.negation != null && lang.negation.in(st.abstracted.substring(m.start(), m.end()))) continue;
                for (EntityRef c : chip.entities()) {
                    if (lang.isMemoryPart(c)) continue;
                    for (EntityRef maker : builder.makersOf(c)) {
                        for (EntityRef s : supplier.entities()) {
                            if (!s.type().equals("Company") || s.iri().equals(maker.iri())) continue;
                            builder.put(NewsExtractor.fact(s, Relation.SUPPLIES, maker, null, null, null, null, Stance.ASSERTED, null, CONFIDENCE, docIri, st.sentence), s, maker);
                        }
                    }
                }
            }
        }
    }

    private boolean allMemory(Mention m) {
        for (EntityRef e : m.entities()) if (!lang.isMemoryPart(e)) return false;
        return true;
    }
}
