package org.chipgraph.eval;

/**
 * Why a gold fact was missed, decided in this order (the first that holds). See docs/extraction-misses.md.
 */
public enum MissKind {
    /** The document is not among those read. */
    NO_DOCUMENT("no-document"),
    /** restricts/issues: a fact with the other argument and another control of the same issuer was extracted. */
    WRONG_CONTROL("wrong-control"),
    /**
     * A control argument was never recognised, while mentions were linked to another control of the same issuer
     * (which measure a sentence speaks of).
     */
    WHICH_CONTROL("which-control"),
    /** An argument was never recognised in the document, and the registry knows its name (a linking miss). */
    UNSEEN_REGISTERED("unseen-name:registry"),
    /** An argument was never recognised, and the registry lacks it (a discovery miss). */
    UNSEEN_UNREGISTERED("unseen-name:unregistered"),
    /** A fact with the same subject and relation but another object was extracted. */
    WRONG_OBJECT("wrong-object"),
    /** A fact with the same relation and object but another subject was extracted. */
    WRONG_SUBJECT("wrong-subject"),
    /** The same relation with subject and object swapped was extracted. */
    REVERSED("reversed"),
    /** The same two arguments (either order) with another relation were extracted. */
    WRONG_RELATION("wrong-relation"),
    /**
     * headquarteredIn: both in one sentence, the country said in passing as a nationality ("Chinese memory maker X",
     * "X, a Chinese memory maker").
     */
    SAME_NATIONALITY("same-sentence:nationality"),
    /** Both in one sentence, one of them a list member ("A, B and C"; or both in one list). */
    SAME_COORDINATION("same-sentence:coordination"),
    /** Both in one sentence around a passive ("were shipped by", "wurde ... geliefert"). */
    SAME_PASSIVE("same-sentence:passive"),
    /** Both in one sentence with a relative clause between them ("X, which ..."). */
    SAME_RELATIVE("same-sentence:relative-clause"),
    /** Both in one German clause with its verb at the end (subordinate clause, or auxiliary ... verb). */
    SAME_VERB_FINAL("same-sentence:verb-final"),
    /** Both in one sentence, one of them only as a resolved reference ("the company", "it"). */
    SAME_REFERENCE("same-sentence:reference"),
    /** Both in one sentence, more words apart than the far-apart limit. */
    SAME_FAR("same-sentence:far-apart"),
    /** Both in one sentence, none of the signals above: a rule gap in plain word order. */
    SAME_PLAIN("same-sentence:plain"),
    /** Both recognised, never in one sentence; nearest 1-2 sentences apart (a cross-sentence reference). */
    NEAR_SENTENCES("cross-sentence:1-2"),
    /** Both recognised, nearest 3 or more sentences apart (document-level inference). */
    DOCUMENT_LEVEL("document-level:3+");

    public final String label;

    MissKind(String label) { this.label = label; }
}
