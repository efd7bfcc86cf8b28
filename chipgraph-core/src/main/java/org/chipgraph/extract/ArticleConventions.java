package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * Conventions applied to the whole article afterwards: a chip family is dropped when a model of it is named; a vendor
 * makes the chips of its model shape when the article names it; the issuer of a control that restricts something
 * issues it, and so does the issuer a measure's sentence names ({@link NamedIssuers}).
 */
final class ArticleConventions {
    private final String docIri;
    private final LanguageRules lang;
    private final ReferenceEntities reference;
    private final ControlResolver controlChoice;
    private final FactBuilder builder;

    ArticleConventions(String docIri, LanguageRules lang, ReferenceEntities reference, ControlResolver controlChoice,
                       FactBuilder builder) {
        this.docIri = docIri;
        this.lang = lang;
        this.reference = reference;
        this.controlChoice = controlChoice;
        this.builder = builder;
    }

    /** Applies the conventions to the article's facts so far. */
    void apply(List<SentenceState> states) {
        Map<String, Fact> facts = builder.facts();
        unifyShortNames(facts);
        // a chip family ("Ascend") is dropped when the article names a model of it ("Ascend 910B")
        Set<String> chipLabels = new HashSet<>();
        for (SentenceState st : states) for (Mention m : st.mentions) if (m.kind() == MentionKind.CHIP) for (EntityRef e : m.entities()) chipLabels.add(e.label());
        Set<String> families = new HashSet<>();
        for (String a : chipLabels) for (String b : chipLabels) if (!a.equals(b) && b.startsWith(a + " ")) families.add(a);
        oneModelOfFamily(states, facts, families);
        facts.values().removeIf(f -> (f.object() != null && f.object().type().equals("Chip") && families.contains(f.object().label()))
                || (f.subject().type().equals("Chip") && families.contains(f.subject().label())));

        // a vendor makes the chips of its model-number shape when the article names the vendor
        Set<String> made = new HashSet<>();
        for (Fact f : facts.values()) if (f.relation() == Relation.MAKES) made.add(f.object().iri());
        new VendorMakers(docIri, lang, reference, builder).apply(states, made, families);

        // the issuer of a control that restricts something issues it
        List<Fact> issued = new ArrayList<>();
        Set<String> have = new HashSet<>();
        for (Fact f : facts.values()) if (f.relation() == Relation.ISSUES) have.add(f.object().iri());
        for (Fact f : facts.values()) {
            if (f.relation() != Relation.RESTRICTS || have.contains(f.subject().iri())) continue;
            ExportControls.Control c = controlChoice.byIri(f.subject().iri());
            EntityRef issuer = c == null ? null : reference.byIri(c.issuer());
            if (issuer == null) continue;
            have.add(f.subject().iri());
            issued.add(new Fact(issuer, Relation.ISSUES, f.subject(), null, null, null, ControlDates.factDate(c.date(), f.date()), f.stance(), f.attribution(),
                    f.confidence() * 0.95, f.provenance()));
        }
        // a measure whose sentence names its issuer is issued by it, though the sentence names nothing it reaches
        for (Fact f : new NamedIssuers(lang, reference, controlChoice, docIri).facts(states)) if (have.add(f.object().iri())) issued.add(f);
        for (Fact f : issued) facts.put(NewsExtractor.key(f), f);
        // which entities each sentence names (also by a resolved reference): a derived fact needs its parties in one sentence
        Map<Integer, Set<String>> named = new java.util.HashMap<>();
        for (SentenceState st : states) {
            Set<String> here = named.computeIfAbsent(st.sentence.start(), k -> new HashSet<>());
            for (Mention m : st.mentions) for (EntityRef e : m.entities()) here.add(e.iri());
        }
        new MakerConventions(reference).apply(facts, named);
    }

    /**
     * "Rimal, a subsidiary of ..." and "Rimal Compute" in one article: a discovered company whose name is the first
     * words of another discovered company's name is that company.
     */
    private static void unifyShortNames(Map<String, Fact> facts) {
        Map<String, EntityRef> found = new java.util.LinkedHashMap<>();
        for (Fact f : facts.values()) {
            for (EntityRef e : java.util.Arrays.asList(f.subject(), f.object())) {
                if (e != null && e.discovered() && e.type().equals("Company")) found.putIfAbsent(e.iri(), e);
            }
        }
        Map<String, EntityRef> longer = new java.util.HashMap<>();
        for (EntityRef a : found.values()) {
            for (EntityRef b : found.values()) {
                if (b.label().startsWith(a.label() + " ") && (!longer.containsKey(a.iri()) || b.label().length() > longer.get(a.iri()).label().length())) {
                    longer.put(a.iri(), b);
                }
            }
        }
        if (longer.isEmpty()) return;
        List<Fact> all = new java.util.ArrayList<>(facts.values());
        facts.clear();
        for (Fact f : all) {
            EntityRef s = longer.getOrDefault(f.subject().iri(), f.subject());
            EntityRef o = f.object() == null ? null : longer.getOrDefault(f.object().iri(), f.object());
            if (o != null && s.iri().equals(o.iri())) continue;
            Fact g = new Fact(s, f.relation(), o, f.objectText(), f.quantity(), f.money(), f.date(), f.stance(), f.attribution(),
                    f.confidence(), f.provenance());
            facts.merge(NewsExtractor.key(g), g, (x, y) -> x.confidence() >= y.confidence() ? x : y);
        }
    }

    /**
     * "Huawei setzt auf den Ascend 910C ... nutzen Baidu und ByteDance den Ascend-Chip": a family written as one definite
     * chip where the article names one model of it (session 29) is that model, the chip named before; with several models,
     * or as chips of the family ("50.000 Ascend-Chips"), it is dropped.
     */
    private void oneModelOfFamily(List<SentenceState> states, Map<String, Fact> facts, Set<String> families) {
        Map<String, EntityRef> model = new java.util.HashMap<>();
        Set<String> several = new HashSet<>();
        for (SentenceState st : states) {
            for (Mention m : st.mentions) {
                if (m.kind() != MentionKind.CHIP) continue;
                for (EntityRef e : m.entities()) {
                    for (String f : families) {
                        if (!e.label().startsWith(f + " ")) continue;
                        EntityRef had = model.putIfAbsent(f, e);
                        if (had != null && !had.iri().equals(e.iri())) several.add(f);
                    }
                }
            }
        }
        several.forEach(model::remove);
        List<Fact> moved = new ArrayList<>();
        Map<String, java.util.regex.Pattern> oneChip = new java.util.HashMap<>();
        for (Fact f : facts.values()) {
            EntityRef s = f.subject().type().equals("Chip") && model.containsKey(f.subject().label()) ? model.get(f.subject().label()) : f.subject();
            EntityRef o = f.object() != null && f.object().type().equals("Chip") && model.containsKey(f.object().label()) ? model.get(f.object().label()) : f.object();
            if (s == f.subject() && o == f.object()) continue;
            // only the family as one definite chip ("den Ascend-Chip"), not chips of the family ("50.000 Ascend-Chips")
            String family = s != f.subject() ? f.subject().label() : f.object().label();
            if (f.provenance() == null || f.provenance().sentence() == null || !oneChip.computeIfAbsent(family, ArticleConventions::oneChipOf).matcher(f.provenance().sentence()).find()) continue;
            moved.add(new Fact(s, f.relation(), o, f.objectText(), f.quantity(), f.money(), f.date(), f.stance(), f.attribution(), f.confidence(), f.provenance()));
        }
        for (Fact f : moved) builder.put(f, f.subject(), f.object());
    }

    /** "den Ascend-Chip", "the Ascend chip": the family written as one definite chip. */
    private static java.util.regex.Pattern oneChipOf(String family) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}])(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Dd]iese[nmr]?|[Tt]he|[Tt]his)\\s+"
                + java.util.regex.Pattern.quote(family) + "[- ]\\p{L}*(?:[Cc]hip|[Bb]eschleuniger|[Pp]rozessor|accelerator|processor)(?![\\p{L}])");
    }
}
