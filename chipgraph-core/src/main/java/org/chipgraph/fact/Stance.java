package org.chipgraph.fact;

/** How the source holds a claim. */
public enum Stance {
    /** Stated as fact by the text or a named source. */
    ASSERTED,
    /** Announced or intended, not yet done ("plans to", "will"). */
    PLANNED,
    /** Attributed to unnamed sources or hedged ("reportedly", "said three people"). */
    REPORTED,
    /** Denied by its subject or a source. */
    DENIED;

    /** Local name in the ontology: cg:Asserted, cg:Planned, ... */
    public String localName() {
        String n = name().toLowerCase();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
