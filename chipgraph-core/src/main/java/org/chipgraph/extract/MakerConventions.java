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
 * Two article conventions about who makes a chip, applied once the article's facts are in:
 * <ul>
 * <li>a {@code makes} fact that contradicts the registry's maker of a registered chip is dropped ("Brennan Cloud's H200
 * cluster" names an owner, not a maker; as a nationality claim that contradicts a reference entity's country is);</li>
 * <li>a foundry or packager that fabricates a chip fabricates for the chip's maker (the annotation guide: fabricates
 * "-> the chip designer it makes it for"), when the article says who makes the chip and the sentence of the foundry's work
 * names that maker (session 28: "The R1 is fabricated by X" alone ties X to a chip, not to a customer; the designer named
 * sentences away is co-occurrence, and most writers leave it out).</li>
 * </ul>
 */
final class MakerConventions {
    /** A derived fact is less sure than either fact it comes from. */
    private static final double DERIVED_FACTOR = 0.85;

    private final ReferenceEntities reference;

    MakerConventions(ReferenceEntities reference) { this.reference = reference; }

    /** {@code named}: the entities each sentence names, by the sentence's start offset. */
    void apply(Map<String, Fact> facts, Map<Integer, Set<String>> named) {
        dropContradictedMakers(facts);
        addFoundryCustomers(facts, named);
    }

    private void dropContradictedMakers(Map<String, Fact> facts) {
        // a unit and its parent may both be named as the maker ("Annapurna Labs" for its owner's chip)
        Set<String> related = new HashSet<>();
        for (Fact f : facts.values()) {
            if (f.relation() != Relation.SUBSIDIARY_OF || f.object() == null) continue;
            related.add(f.subject().iri() + "|" + f.object().iri());
            related.add(f.object().iri() + "|" + f.subject().iri());
        }
        facts.values().removeIf(f -> {
            if (f.relation() != Relation.MAKES || f.object() == null || f.object().discovered()) return false;
            String maker = reference.makers.get(f.object().iri());
            return maker != null && !maker.equals(f.subject().iri()) && !related.contains(f.subject().iri() + "|" + maker);
        });
    }

    private void addFoundryCustomers(Map<String, Fact> facts, Map<Integer, Set<String>> named) {
        Set<String> have = new HashSet<>();
        for (Fact f : facts.values()) if (f.relation() == Relation.FABRICATES && f.object() != null) have.add(f.subject().iri() + "|" + f.object().iri());
        // a company that makes the chip itself (a memory maker producing its own HBM4) works for no other maker of it
        Set<String> ownMake = new HashSet<>();
        for (Fact f : facts.values()) if (f.relation() == Relation.MAKES && f.stance() != Stance.DENIED && f.object() != null) ownMake.add(f.subject().iri() + "|" + f.object().iri());
        List<Fact> added = new ArrayList<>();
        for (Fact fab : facts.values()) {
            if (fab.relation() != Relation.FABRICATES || fab.stance() == Stance.DENIED || fab.object() == null || !fab.object().type().equals("Chip")) continue;
            if (ownMake.contains(fab.subject().iri() + "|" + fab.object().iri())) continue;
            for (Fact made : facts.values()) {
                if (made.relation() != Relation.MAKES || made.stance() == Stance.DENIED || !made.object().iri().equals(fab.object().iri())) continue;
                EntityRef foundry = fab.subject(), maker = made.subject();
                if (foundry.iri().equals(maker.iri())) continue;
                if (fab.provenance() == null || !named.getOrDefault(fab.provenance().start(), Set.of()).contains(maker.iri())) continue;
                if (!have.add(foundry.iri() + "|" + maker.iri())) continue;
                added.add(new Fact(foundry, Relation.FABRICATES, maker, null, null, null, fab.date(), fab.stance(), fab.attribution(),
                        Math.min(fab.confidence(), made.confidence()) * DERIVED_FACTOR, fab.provenance()));
            }
        }
        for (Fact f : added) facts.putIfAbsent(NewsExtractor.key(f), f);
    }
}
