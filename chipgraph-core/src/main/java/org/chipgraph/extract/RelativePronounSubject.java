package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.chipgraph.fact.EntityRef;

/** German "..., den es an Y liefert": the subject pronoun of a relative clause on an object, asked by {@link References}. */
final class RelativePronounSubject {
    private RelativePronounSubject() {}

    /**
     * "X will den Chip Z fertigen, den es an Y liefert": a subject pronoun in a relative clause on an object is the main
     * clause's subject, its first company that is no owner and follows no preposition (descriptions resolved), else the
     * subject of the sentence before.
     */
    static void resolve(LanguageRules lang, Coreference coref, SentenceState st, int index) {
        if (lang.subjectPronounRelative == null) return;
        Matcher m = lang.subjectPronounRelative.matcher(st.text);
        if (!m.find() || !st.free(m.start("p"), m.end("p"))) return;
        EntityRef subject = null;
        List<Mention> ordered = new ArrayList<>(st.mentions);
        ordered.sort(Comparator.comparingInt(Mention::start));
        for (Mention x : ordered) {
            if (x.kind() != MentionKind.COMPANY || x.end() > m.start()) continue;
            if (x.possessive() || x.homeWord() || x.entities().size() != 1) continue;
            if (lang.preposition != null && lang.preposition.matcher(st.text).region(Math.max(0, x.start() - 40), x.start()).find()) continue;
            subject = x.entities().get(0);
            break;
        }
        if (subject == null && References.companiesBefore(st, m.start()).isEmpty()) subject = coref.previousSubject(index);
        if (subject == null) return;
        st.mentions.add(new Mention(m.start("p"), m.end("p"), MentionKind.COMPANY, List.of(subject), false, true, false, false, null));
        st.take(m.start("p"), m.end("p"));
    }
}
