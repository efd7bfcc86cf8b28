package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * A measure whose sentence names its issuer is issued by it, whether or not the sentence says what it reaches ("Japan's
 * export controls, in force since July 2023, ...", "Malaysia, which began requiring permits ...", "die Entity List der
 * US-Regierung"): the issuer is named by a country mention or an issuer cue of the sentence that is no target or place
 * ("exports to Japan"), and the sentence dates the measure or has its issuer issue it (an issuing verb). A measure that took
 * its issuer from elsewhere (a neighbouring sentence, the paragraph, the default) or is only named in passing gives no
 * fact here; its restricts facts still give one ({@link ArticleConventions}).
 */
final class NamedIssuers {
    private final LanguageRules lang;
    private final ReferenceEntities reference;
    private final ControlResolver controls;
    private final String docIri;

    NamedIssuers(LanguageRules lang, ReferenceEntities reference, ControlResolver controls, String docIri) {
        this.lang = lang;
        this.reference = reference;
        this.controls = controls;
        this.docIri = docIri;
    }

    /** One issues fact per resolved measure of the article whose issuer a sentence naming it also names (the first such sentence). */
    List<Fact> facts(List<SentenceState> states) {
        List<Fact> out = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (SentenceState st : states) {
            for (Mention m : st.mentions) {
                if (!m.kind().control() || m.anaphor() || m.entities().size() != 1) continue;
                ExportControls.Control c = controls.byIri(m.entities().get(0).iri());
                if (c == null || done.contains(c.ref().iri()) || !names(st, c.issuer(), m)) continue;
                EntityRef issuer = reference.byIri(c.issuer());
                if (issuer == null) continue;
                done.add(c.ref().iri());
                out.add(NewsExtractor.fact(issuer, Relation.ISSUES, c.ref(), null, null, null, c.date(), Stance.ASSERTED, null, 0.6, docIri, st.sentence));
            }
        }
        return out;
    }

    /**
     * Does the sentence name this issuer where an issuer stands: before the measure, no target ("exports to Japan") and no
     * description of a company ("Chinese chipmaker X"); or right after it, joined as its issuer ("restrictions imposed by
     * the US", "die Exportkontrollen der USA"). A country that owns something after the measure ("to curb China's access")
     * or stands anywhere else in the sentence issues nothing.
     */
    private boolean names(SentenceState st, String issuerIri, Mention control) {
        for (Mention m : st.mentions) {
            if (m.kind() == MentionKind.COUNTRY && m.entities().size() == 1 && m.entities().get(0).iri().equals(issuerIri) && named(st, m.start(), m.end(), control)) return true;
        }
        WordCue cue = lang.issuerCues.get(issuerIri);
        if (cue == null) return false;
        for (Matcher h = cue.first(st.words); h != null; h = cue.next(h, st.words) ? h : null) if (named(st, h.start(), h.end(), control)) return true;
        return false;
    }

    /**
     * The measure must also be the sentence's news, not a passing word ("US firms may only deliver with a permit", "in line
     * with US and European controls"): the sentence dates it, or the issuer is the subject of an issuing verb ("Washington
     * also added ... to its Entity List").
     */
    private boolean named(SentenceState st, int start, int end, Mention control) {
        if (start >= control.end()) return lang.issuerAfter != null && lang.issuerAfter.matcher(st.text.substring(control.end(), start)).matches() && dated(st, control);
        if (end > control.start()) return dated(st, control);
        boolean describes = lang.describedAfter != null && lang.describedAfter.matcher(st.text).region(end, st.text.length()).lookingAt();
        if (target(st, start) || describes) return false;
        return dated(st, control) || lang.issuerVerbs != null && lang.issuerVerbs.matcher(st.text.substring(end, control.start())).lookingAt();
    }

    /** A date of the sentence within 100 characters of the measure ("in force since July 2023", "seit Juli 2023"). */
    private static boolean dated(SentenceState st, Mention control) {
        if (st.dates == null) return false;
        for (RelativeDateResolver.DateMention d : st.dates) if (ControlDates.distance(d.start(), d.end(), control.start(), control.end()) <= 100) return true;
        return false;
    }

    /** "exports to Japan", "on Beijing": a target or a place by the words before it; not the agent of an issuing verb ("imposed by Tokyo"). */
    private boolean target(SentenceState st, int start) {
        if (lang.targetBefore == null || !lang.targetBefore.matcher(st.text).region(Math.max(0, start - 16), start).find()) return false;
        return lang.issuerAgent == null || !lang.issuerAgent.matcher(st.text).region(Math.max(0, start - 30), start).find();
    }
}
