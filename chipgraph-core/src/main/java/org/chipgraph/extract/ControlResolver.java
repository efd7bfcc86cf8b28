package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.rdf.Iris;
import org.chipgraph.source.Article;

/**
 * Which export control each control mention of an article speaks of: its issuer (a country named as the
 * issuer: right before the control, "Taiwan's new export controls", or as the subject of an issuing verb,
 * "China imposed ..."; else a registry issuer nearby or an issuer cue; else the United States) and its date
 * (the text's, else the article's for new measures, else one the article dated elsewhere). A measure the
 * registry lacks (another issuer, or a year the registry has none for) becomes a discovered control named
 * "<issuer> export controls <year-month>".
 */
final class ControlResolver {
    private final Article article;
    private final NewsExtractor.LanguageRules lang;
    private final ReferenceEntities reference;
    private final ExportControls registry;
    private final Map<String, ExportControls.Control> discovered = new LinkedHashMap<>();
    private final String unitedStates;


    ControlResolver(Article article, NewsExtractor.LanguageRules lang, ReferenceEntities reference, ExportControls registry) {
        this.article = article;
        this.lang = lang;
        this.reference = reference;
        this.registry = registry;
        EntityRef us = reference.byLabel.get("Country:United States");
        this.unitedStates = us == null ? "" : us.iri();
    }

    /** A control of the registry or one discovered in this article. */
    ExportControls.Control byIri(String iri) {
        ExportControls.Control c = registry.byIri(iri);
        return c != null ? c : discovered.get(iri);
    }

    /** Replaces each control noun and verb of the article by a mention of the control it speaks of. */
    void resolve(List<SentenceState> states) {
        List<ExportControls.Control> docDated = new ArrayList<>();
        Map<Mention, PartialDate> textDates = new IdentityHashMap<>();
        Map<Mention, String> issuers = new IdentityHashMap<>();
        Map<Mention, Boolean> since = new IdentityHashMap<>();
        for (SentenceState st : states) {
            for (Mention m : st.mentions) {
                if ((m.kind() != MentionKind.CONTROL_NOUN && m.kind() != MentionKind.CONTROL_VERB) || !m.entities().isEmpty()) continue;
                issuers.put(m, issuer(st, m));
                DateNear d = nearestDate(st, m, 100, true);
                if (d != null) {
                    textDates.put(m, d.date());
                    since.put(m, d.since());
                    ExportControls.Control c = choose(issuers.get(m), d.date(), d.since(), false, List.of());
                    if (c != null && !docDated.contains(c)) docDated.add(c);
                }
            }
        }
        for (SentenceState st : states) {
            ExportControls.Control sentenceChoice = null;
            for (Mention m : st.mentions) {
                if (!issuers.containsKey(m)) continue;
                if (textDates.containsKey(m)) sentenceChoice = choose(issuers.get(m), textDates.get(m), since.get(m), false, List.of());
                else if (m.newMarker() && sentenceChoice == null) sentenceChoice = choose(issuers.get(m), null, false, true, List.of());
            }
            List<Mention> out = new ArrayList<>();
            for (Mention m : st.mentions) {
                if (m.kind() == MentionKind.LISTED_CONTROL) { out.add(listOf(st, m, docDated)); continue; }
                if (!issuers.containsKey(m)) { out.add(m); continue; }
                String issuer = issuers.get(m);
                ExportControls.Control c;
                if (textDates.containsKey(m)) c = choose(issuer, textDates.get(m), since.get(m), false, List.of());
                else if (m.newMarker()) c = choose(issuer, null, false, true, List.of());
                else if (sentenceChoice != null && sentenceChoice.issuer().equals(issuer)) c = sentenceChoice;
                else c = choose(issuer, null, false, false, docDated);
                if (c == null) continue;
                out.add(new Mention(m.start(), m.end(), m.kind(), List.of(c.ref()), false, false, false, m.newMarker(), c));
            }
            st.mentions = out;
        }
    }

    /** "Taiwan added Huawei to its entity list": a list named with another issuer is that issuer's measure, dated now. */
    private Mention listOf(SentenceState st, Mention list, List<ExportControls.Control> docDated) {
        ExportControls.Control c = (ExportControls.Control) list.payload();
        String issuer = namedIssuer(st, list);
        if (c == null || issuer == null || issuer.equals(c.issuer())) return list;
        DateNear d = nearestDate(st, list, 100, false);
        ExportControls.Control own = discover(issuer, d != null ? d.date() : monthOf(article.date()));
        return new Mention(list.start(), list.end(), MentionKind.LISTED_CONTROL, List.of(own.ref()), list.possessive(), false, false, true, own);
    }

    /**
     * The control an issuer's mention speaks of. A registry measure when the registry has one for the text's year
     * (or "since" points back to an older one); else a discovered measure of that issuer and date.
     */
    private ExportControls.Control choose(String issuer, PartialDate when, boolean since, boolean isNew, List<ExportControls.Control> docDated) {
        boolean datedInRegistry = registry.hasDated(issuer);
        if (when != null) {
            if (datedInRegistry && (since || registry.inForce(issuer, when))) return registry.resolve(issuer, when, docDated, article.date());
            return discover(issuer, monthOf(when));
        }
        if (isNew && !datedInRegistry) return discover(issuer, monthOf(article.date()));
        for (ExportControls.Control c : docDated) if (c.issuer().equals(issuer)) return c;
        for (ExportControls.Control c : discovered.values()) if (c.issuer().equals(issuer)) return c;
        ExportControls.Control known = registry.resolve(issuer, null, docDated, article.date());
        return known != null ? known : discover(issuer, null);
    }

    private static PartialDate monthOf(PartialDate d) {
        if (d == null) return null;
        return d.month() == null ? PartialDate.ofYear(d.year()) : PartialDate.ofMonth(d.year(), d.month());
    }

    private ExportControls.Control discover(String issuer, PartialDate date) {
        String label = registry.labelPrefix(issuer, reference) + " export controls" + (date == null ? "" : " " + date);
        String iri = Iris.minted("ExportControl", label);
        return discovered.computeIfAbsent(iri, k -> new ExportControls.Control(new EntityRef(iri, label, "ExportControl", true), issuer, date, false));
    }

    private String issuer(SentenceState st, Mention control) {
        String named = namedIssuer(st, control);
        if (named != null) return named;
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Mention m : st.mentions) {
            if (m.kind() != MentionKind.COUNTRY || m.entities().isEmpty()) continue;
            String iri = m.entities().get(0).iri();
            if (!registry.issuers().contains(iri)) continue;
            int d = distance(m.start(), m.end(), control.start(), control.end());
            if (d < bestDist) { bestDist = d; best = iri; }
        }
        if (st.issuerHits == null) {
            // the cues are found once per sentence, whatever number of control mentions ask
            st.issuerHits = new ArrayList<>();
            for (var e : lang.issuerCues.entrySet()) {
                WordCue cue = e.getValue();
                for (Matcher m = cue.first(st.words); m != null; m = cue.next(m, st.words) ? m : null) {
                    st.issuerHits.add(new IssuerHit(e.getKey(), m.start(), m.end()));
                }
            }
        }
        for (IssuerHit h : st.issuerHits) {
            int d = distance(h.start(), h.end(), control.start(), control.end());
            if (d < bestDist) { bestDist = d; best = h.countryIri(); }
        }
        if (best == null || bestDist > 150) best = unitedStates;
        return best;
    }

    /**
     * A country the sentence names as the issuer of this control: right before it with only modifiers between
     * ("Taiwan's new export controls", "Chinese export curbs", "China banned"), or as the subject of an issuing
     * verb before it ("China's commerce ministry imposed ...", "Taiwan added Huawei to its entity list").
     */
    private String namedIssuer(SentenceState st, Mention control) {
        String found = null;
        for (Mention m : st.mentions) {
            if (m.kind() != MentionKind.COUNTRY || m.entities().isEmpty() || m.end() > control.start()) continue;
            if (lang.targetBefore != null && lang.targetBefore.matcher(st.text).region(Math.max(0, m.start() - 16), m.start()).find()) continue;
            String between = st.text.substring(m.end(), control.start());
            if (between.length() > 100) continue;
            boolean adjacent = lang.issuerModifiers != null && lang.issuerModifiers.matcher(between).matches();
            boolean subject = lang.issuerVerbs != null && lang.issuerVerbs.matcher(between).lookingAt();
            if (adjacent || subject) found = m.entities().get(0).iri();
        }
        // German verb-second: "Im Dezember verbot China die Ausfuhr ...": the country right after the control verb
        if (found == null && lang.issuerAfterControl) {
            for (Mention m : st.mentions) {
                if (m.kind() == MentionKind.COUNTRY && !m.entities().isEmpty() && m.start() >= control.end()
                        && st.text.substring(control.end(), m.start()).isBlank()) return m.entities().get(0).iri();
            }
        }
        return found;
    }

    /** Where the sentence names an issuing country by a cue ("Commerce Department"). */
    record IssuerHit(String countryIri, int start, int end) {}

    /** A date of the text near a control mention, and whether "since" leads it (a measure in force since then). */
    record DateNear(PartialDate date, boolean since) {}


    static int distance(int a1, int b1, int a2, int b2) {
        if (b1 <= a2) return a2 - b1;
        if (b2 <= a1) return a1 - b2;
        return 0;
    }

    /** The date nearest to a control mention, if no other control mention of the sentence is nearer to that date. */
    private DateNear nearestDate(SentenceState st, Mention m, int within, boolean exclusive) {
        RelativeDateResolver.DateMention best = null;
        int bestDist = within + 1;
        for (var d : st.dates) {
            int dist = distance(d.start(), d.end(), m.start(), m.end());
            if (dist >= bestDist) continue;
            boolean claimed = false;
            if (exclusive) {
                for (Mention o : st.mentions) {
                    if (o != m && (o.kind() == MentionKind.CONTROL_NOUN || o.kind() == MentionKind.CONTROL_VERB) && distance(d.start(), d.end(), o.start(), o.end()) < dist) claimed = true;
                }
            }
            if (!claimed) { bestDist = dist; best = d; }
        }
        if (best == null) return null;
        boolean since = lang.sinceBefore != null && lang.sinceBefore.matcher(st.text).region(Math.max(0, best.start() - 20), best.start()).find();
        return new DateNear(best.date(), since);
    }
}
