package org.chipgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;

/**
 * "X will spend $2.4 billion on Y's accelerators, the company said": a description after a comma and right before a verb
 * of saying names the speaker, which news writes as the sentence's subject, not the company named nearest before it
 * (asked by {@link References}). A nationality or city in the description that the subject's known seat contradicts
 * leaves the choice to the other rules.
 * <p>
 * Session 37: "Micron said Google had ordered HBM4, the largest contract in the American company's history": a possessive
 * description inside the clause a company's verb of saying reports names the speaker too, not the company that clause
 * names (the pattern file's {@code speaker-reported} and {@code speaker-role} lines; a speaker may be "X's chief executive").
 */
final class SpeakerDescription {
    /** The verb of saying right after the description's noun (the language's {@code speaker-description} line). */
    private final Pattern speech;
    private final ClauseSubjects clauses;
    /** A verb of saying that opens a reported clause ({@code speaker-reported}), or null. */
    private final Pattern reported;
    /** What may stand between a possessive speaker and its verb ("X's chief executive, Jane Doe,"; {@code speaker-role}), or null. */
    private final Pattern role;

    private SpeakerDescription(String speech, ClauseSubjects clauses, String reported, String role) {
        this.speech = Pattern.compile("^(?:" + speech + ")(?![\\p{L}])");
        this.clauses = clauses;
        this.reported = reported == null ? null : Pattern.compile("(?<![\\p{L}])(?:" + reported + ")(?![\\p{L}])");
        this.role = role == null ? null : Pattern.compile("^(?:['’]s)?\\s+(?:" + role + ")(?![\\p{L}])");
    }

    /** The language's speaker descriptions, or null when its pattern file has no {@code speaker-description} line. */
    static SpeakerDescription of(PatternFile file, ClauseSubjects clauses) {
        String speech = file.list("speaker-description");
        return speech == null || clauses == null ? null
                : new SpeakerDescription(speech, clauses, file.list("speaker-reported"), file.list("speaker-role"));
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
        return unlessSeatContradicts(first.entities().get(0), country, coref);
    }

    /** The company, or null when a nationality or city of the description contradicts its known seat. */
    private static EntityRef unlessSeatContradicts(EntityRef company, EntityRef country, Coreference coref) {
        String seat = coref.seat(company);
        return country != null && seat != null && !seat.equals(country.iri()) ? null : company;
    }

    /**
     * The speaker when the possessive description starting at {@code from} stands in the clause a verb of saying reports,
     * the speaker being the sentence's first company (opening it, alone, maybe "X's chief executive") and another company
     * standing between the verb and the description; else null. A nationality or city the speaker's seat contradicts
     * leaves the choice to the other rules ("the Japanese developer said Samsung would make it on the Korean company's
     * process").
     */
    EntityRef reporter(SentenceState st, int from, EntityRef country, Coreference coref) {
        if (reported == null) return null;
        int verbStart = -1, verbEnd = -1;
        for (Matcher v = reported.matcher(st.text).region(0, from); v.find(); ) { verbStart = v.start(); verbEnd = v.end(); }
        if (verbStart < 0) return null;
        Mention first = null;
        for (Mention m : st.mentions) {
            if (m.kind() == MentionKind.COMPANY && (first == null || m.start() < first.start())) first = m;
        }
        if (first == null || first.end() > verbStart || first.homeWord() || first.anaphor() || first.entities().size() != 1
                || !clauses.opensClause(st, first.start())) return null;
        if (first.possessive() && (role == null || !role.matcher(st.text).region(first.end(), verbStart).lookingAt())) return null;
        boolean reportedCompany = false;
        for (Mention m : st.mentions) {
            if (m.kind() != MentionKind.COMPANY || m == first) continue;
            // another company before the verb may be the one that speaks ("Nvidia's customer Baidu said")
            if (m.start() < verbStart) return null;
            if (m.start() >= verbEnd && m.end() <= from) reportedCompany = true;
        }
        if (!reportedCompany || st.text.substring(first.end(), from).indexOf(';') >= 0) return null;
        // "The Japanese lab X said ... the Korean company's": the speaker's own nationality, said before the verb, contradicts
        for (Mention m : st.mentions) {
            if (country != null && m.kind() == MentionKind.COUNTRY && m.end() <= verbStart && m.entities().size() == 1
                    && !m.entities().get(0).iri().equals(country.iri())) return null;
        }
        return unlessSeatContradicts(first.entities().get(0), country, coref);
    }
}
