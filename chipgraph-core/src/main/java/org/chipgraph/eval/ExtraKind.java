package org.chipgraph.eval;

/** Why an extracted fact matched no gold fact, decided in this order (the first that holds). */
public enum ExtraKind {
    /** It names what a gold fact names that another extracted fact already matched (the scorer counts one). */
    DUPLICATE("duplicate"),
    /** An argument is a news agency or outlet (a source, never a party). */
    SOURCE_AS_PARTY("source-as-party"),
    /** restricts/issues: a missed gold fact has the other argument with another control of the same issuer. */
    OTHER_CONTROL("other-control"),
    /** Gold has the same relation with subject and object swapped. */
    REVERSED("reversed"),
    /** Gold has the two arguments (either order) with another relation. */
    OTHER_RELATION("other-relation"),
    /** A missed gold fact has the subject and relation with another object. */
    OTHER_OBJECT("other-object"),
    /** A missed gold fact has the relation and object with another subject. */
    OTHER_SUBJECT("other-subject"),
    /** An argument is named by no gold fact of the document. */
    NOT_IN_GOLD("entity-not-in-gold"),
    /** Both arguments are in the document's gold, never in one gold fact. */
    UNRELATED("unrelated-in-gold");

    public final String label;

    ExtraKind(String label) { this.label = label; }
}
