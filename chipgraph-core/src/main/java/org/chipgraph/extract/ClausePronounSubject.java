package org.chipgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import org.chipgraph.fact.EntityRef;

/** "Kelvar was bolder: it bought ...": a subject pronoun opening a clause inside its sentence, asked by {@link References}. */
final class ClausePronounSubject {
    private ClausePronounSubject() {}

    /**
     * A subject pronoun opening a clause inside the sentence (the language's {@code subject-pronoun-clause}, group p:
     * after a colon or semicolon) stands for the subject of the clause before, as a possessive there would
     * ({@link ClauseSubjects#owner}); with no company before it in the sentence, the subject of the sentence before.
     */
    static void resolve(LanguageRules lang, Coreference coref, SentenceState st, int index) {
        if (lang.subjectPronounClause == null) return;
        for (Matcher m = lang.subjectPronounClause.matcher(st.text); m.find(); ) {
            int a = m.start("p"), b = m.end("p");
            if (!st.free(a, b)) continue;
            EntityRef c = lang.clauseSubjects == null ? null : lang.clauseSubjects.owner(st, a, b);
            if (c == null && References.companiesBefore(st, a).isEmpty()) c = coref.previousSubject(index);
            if (c == null) continue;
            st.mentions.add(new Mention(a, b, MentionKind.COMPANY, List.of(c), false, true, false, false, null));
            st.take(a, b);
        }
    }
}
