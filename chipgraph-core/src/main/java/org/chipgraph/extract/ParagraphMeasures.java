package org.chipgraph.extract;

import java.util.List;
import java.util.Map;

/**
 * Which export control a paragraph speaks of: news introduces a measure once (issuer, date) and then says what "the
 * rule", "the new restrictions", "die Regeln" reach, within its paragraph. A control mention whose sentence and
 * neighbours name no issuer refers to the measure its paragraph resolved last (asked by {@link ControlResolver}), and
 * an issuer cue of a neighbouring sentence in another paragraph counts only when its own paragraph named no issuer
 * before it (the next paragraph may turn to another country's measure; a lead's "Governments tightened controls" may
 * be told by the next paragraph).
 */
final class ParagraphMeasures {
    private final int[] paragraphOf;
    private int paragraph = -1;
    private ExportControls.Control last;

    ParagraphMeasures(int[] paragraphOf) { this.paragraphOf = paragraphOf; }

    /** Do sentences {@code i} and {@code j} stand in one paragraph? (Without paragraphs known: yes.) */
    boolean same(int i, int j) {
        return i >= paragraphOf.length || j >= paragraphOf.length || paragraphOf[i] == paragraphOf[j];
    }

    /**
     * The issuer the text named for a control of an earlier sentence of sentence {@code index}'s paragraph (or, unless
     * {@code withinParagraph}, of the sentence right before it), nearest first; null when none.
     */
    String earlierIssuer(List<SentenceState> states, int index, Map<Mention, String> found, boolean withinParagraph) {
        for (int j = index - 1; j >= 0 && ((j == index - 1 && !withinParagraph) || same(index, j)); j--) {
            for (Mention o : states.get(j).mentions) {
                if ((o.kind() != MentionKind.CONTROL_NOUN && o.kind() != MentionKind.CONTROL_VERB) || !o.entities().isEmpty() || o.anaphor()) continue;
                if (found.containsKey(o)) return found.get(o);
            }
        }
        return null;
    }

    /** Moves to sentence {@code index}: a new paragraph forgets the measure of the one before. */
    void at(int index) {
        int p = index < paragraphOf.length ? paragraphOf[index] : paragraph;
        if (p != paragraph) last = null;
        paragraph = p;
    }

    /** Records a measure the paragraph spoke of (null: nothing). */
    void resolved(ExportControls.Control c) { if (c != null) last = c; }

    /** The measure the paragraph spoke of last, or null. */
    ExportControls.Control last() { return last; }
}
