package org.chipgraph.extract;

import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;

/**
 * "X will spend $2.4 billion on Y's accelerators, the company said": a description after a comma and right before a verb
 * of saying names the speaker, which news writes as the sentence's subject, not the company named nearest before it
 * (asked by {@link References}). A nationality or city in the description that the subject's known seat contradicts
 * leaves the choice to the other rules.
 */
final class SpeakerDescription {
    /** The verb of saying right after the description's noun (the language's {@code speaker-description} line). */
    private final Pattern speech;
    private final ClauseSubjects clauses;

    private SpeakerDescription(String speech, ClauseSubjects clauses) {
        this.speech = Pattern.compile("^(?:" + speech + ")(?![\\p{L}])");
        this.clauses = clauses;
    }

    /** The language's speaker descriptions, or null when its pattern file has no {@code speaker-description} line. */
    static SpeakerDescription of(PatternFile file, ClauseSubjects clauses) {
        String speech = file.list("speaker-description");
        return speech == null || clauses == null ? null : new SpeakerDescription(speech, clauses);
    }

    /** The one nationality or city mention between a description's start and its noun, or null. */
    static EntityRef country(SentenceState st, int from, int nounStart) {
        EntityRef country = null;
        for (Mention x : st.mentions) {
            if (x.kind() == MentionKind.COUNTRY && x.start() >= from && x.end() <= nounStart && x.entities().size() == 1 && !x.homeWord()) country = x.entities().get(0);
        }
        return country;
    }

    /**
     * The sentence's subject when the description (from {@code from}, its noun ending at {@code end}) follows a comma and
     * comes right before a verb of saying; else null.
     */
    EntityRef subject(SentenceState st, int from, int end, EntityRef country, Coreference coref) {
        if (!speech.matcher(st.text).region(end, st.text.length()).lookingAt()) return null;
        int comma = from - 1;
        while (comma >= 0 && st.text.charAt(comma) == ' ') comma--;
        if (comma < 0 || st.text.charAt(comma) != ',') return null;
        Mention first = null;
        for (Mention m : st.mentions) {
            if (m.kind() == MentionKind.COMPANY && m.end() <= from && (first == null || m.start() < first.start())) first = m;
        }
        // the sentence's first company must be its subject: alone, no owner, no reference, opening its clause
        if (first == null || first.possessive() || first.homeWord() || first.anaphor() || first.entities().size() != 1
                || !clauses.opensClause(st, first.start())) return null;
        EntityRef subject = first.entities().get(0);
        String seat = coref.seat(subject);
        return country != null && seat != null && !seat.equals(country.iri()) ? null : subject;
    }
}
