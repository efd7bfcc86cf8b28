package org.chipgraph.fact;

import java.util.Objects;

/**
 * One extracted fact: subject, relation (a local name of the closed vocabulary, e.g. "buys"),
 * object (an entity, or for "denies" a short text in {@code objectText}), with what the source
 * says about it and where it says it.
 */
public record Fact(EntityRef subject, Relation relation, EntityRef object, String objectText,
                   Quantity quantity, Money money, PartialDate date,
                   Stance stance, String attribution, double confidence, Provenance provenance) {

    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        if (object == null && objectText == null) throw new IllegalArgumentException("a fact needs an object");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(provenance, "provenance");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence must be in [0,1]");
    }

    /** The object's English label, or the text for a literal object. */
    public String objectLabel() { return object != null ? object.label() : objectText; }
}
