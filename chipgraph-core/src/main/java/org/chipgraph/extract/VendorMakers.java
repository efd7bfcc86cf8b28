package org.chipgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * The vendor convention: a vendor makes the chips of its model shape (or the registry's maker makes its chip) when the
 * article names the vendor. The fact is as sure as the text makes it (session 38): told where a sentence names the chip
 * and its vendor together ("12,000 B300 from Nvidia"), it keeps the convention's confidence; where no sentence does
 * ("trains on rented H200 servers from Oracle", the vendor named paragraphs away), it is less sure, since writers often
 * name a rival's chip in passing without saying who makes it.
 */
final class VendorMakers {
    static final double NAMED_TOGETHER = 0.6;
    /** The factor for a chip no sentence names beside its vendor. */
    static final double APART_FACTOR = 0.75;

    private final String docIri;
    private final LanguageRules lang;
    private final ReferenceEntities reference;
    private final FactBuilder builder;

    VendorMakers(String docIri, LanguageRules lang, ReferenceEntities reference, FactBuilder builder) {
        this.docIri = docIri;
        this.lang = lang;
        this.reference = reference;
        this.builder = builder;
    }

    /** Adds a makes fact for each chip of a named vendor the article has none for; {@code made}: chips that have one. */
    void apply(List<SentenceState> states, Set<String> made, Set<String> families) {
        // the companies each sentence names, read once: every chip asks which sentence names it beside its vendor
        List<Set<String>> named = states.stream().map(VendorMakers::namedCompanies).toList();
        Set<String> companiesNamed = new HashSet<>();
        named.forEach(companiesNamed::addAll);
        for (SentenceState st : states) {
            for (Mention m : st.mentions) {
                if (m.kind() != MentionKind.CHIP) continue;
                for (EntityRef chip : m.entities()) {
                    if (made.contains(chip.iri()) || families.contains(chip.label())) continue;
                    EntityRef vendor = vendorOf(chip, companiesNamed);
                    if (vendor == null) continue;
                    made.add(chip.iri());
                    double base = reference.makers.get(chip.iri()) == null && chip.discovered() ? 0.45 : NAMED_TOGETHER;
                    SentenceState together = together(states, named, chip, vendor);
                    SentenceState where = together != null ? together : st;
                    double conf = together != null ? base : base * APART_FACTOR;
                    builder.put(NewsExtractor.fact(vendor, Relation.MAKES, chip, null, null, null, null, Stance.ASSERTED, null, conf, docIri, where.sentence), vendor, chip);
                }
            }
        }
    }

    /** The registry's maker of the chip, else the vendor whose model shape it has; only one the article names. */
    private EntityRef vendorOf(EntityRef chip, Set<String> companiesNamed) {
        String maker = reference.makers.get(chip.iri());
        if (maker != null && companiesNamed.contains(maker) && reference.byIri(maker) != null) return reference.byIri(maker);
        for (Map.Entry<EntityRef, Pattern> v : lang.vendors.entrySet()) {
            if (v.getValue().matcher(chip.label()).matches() && companiesNamed.contains(v.getKey().iri())) return v.getKey();
        }
        return null;
    }

    /** The first sentence that names both the chip and its vendor by name, or null. */
    private static SentenceState together(List<SentenceState> states, List<Set<String>> named, EntityRef chip, EntityRef vendor) {
        for (int i = 0; i < states.size(); i++) {
            SentenceState st = states.get(i);
            if (!named.get(i).contains(vendor.iri())) continue;
            for (Mention m : st.mentions) {
                if (m.kind() == MentionKind.CHIP && m.entities().stream().anyMatch(e -> e.iri().equals(chip.iri()))) return st;
            }
        }
        return null;
    }

    /** The companies a sentence names by name (no reference). */
    private static Set<String> namedCompanies(SentenceState st) {
        Set<String> out = new HashSet<>();
        for (Mention m : st.mentions) if (m.kind() == MentionKind.COMPANY && !m.anaphor()) for (EntityRef e : m.entities()) out.add(e.iri());
        return out;
    }
}
