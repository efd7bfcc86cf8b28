package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.source.Article;

/**
 * Which export control each control mention of an article speaks of: its issuer (a country named as the
 * issuer: right before the control, "Taiwan's new export controls", or as the subject of an issuing verb,
 * "China imposed ..."; else a registry issuer nearby or an issuer cue; else the United States) and its date
 * (the text's, {@link ControlDates}, else the article's for new measures, else one the article dated elsewhere). A measure the
 * registry lacks (another issuer, or a year the registry has none for) becomes a discovered control named
 * "<issuer> export controls <year-month>".
 */
final class ControlResolver {
    private final Article article;
    private final LanguageRules lang;
    private final ReferenceEntities reference;
    private final ExportControls registry;
    private final IssuerMeasures measures;
    private final String unitedStates;
    private final ControlDates dates;
    /** The issuers the text named for control mentions met so far (not the default), and whether the last one was the default. */
    private final Map<Mention, String> found = new IdentityHashMap<>();
    private boolean defaulted;
    private ParagraphMeasures paragraphs = new ParagraphMeasures(new int[0]);

    ControlResolver(Article article, LanguageRules lang, ReferenceEntities reference, ExportControls registry) {
        this.article = article;
        this.lang = lang;
        this.reference = reference;
        this.registry = registry;
        EntityRef us = reference.byLabel.get("Country:United States");
        this.unitedStates = us == null ? "" : us.iri();
        this.dates = new ControlDates(article, lang);
        this.measures = new IssuerMeasures(article, registry, reference);
    }

    /** A control of the registry or one discovered in this article. */
    ExportControls.Control byIri(String iri) {
        ExportControls.Control c = registry.byIri(iri);
        return c != null ? c : measures.discovered.get(iri);
    }

    /** Replaces each control noun and verb of the article by a mention of the control it speaks of ({@code paragraphOf}: each sentence's paragraph). */
    void resolve(List<SentenceState> states, int[] paragraphOf) {
        paragraphs = new ParagraphMeasures(paragraphOf);
        List<ExportControls.Control> docDated = new ArrayList<>();
        Map<Mention, PartialDate> textDates = new IdentityHashMap<>();
        Map<Mention, String> issuers = new IdentityHashMap<>();
        Map<Mention, Boolean> since = new IdentityHashMap<>();
        Map<Mention, Boolean> unnamed = new IdentityHashMap<>();
        Map<Mention, Boolean> now = new IdentityHashMap<>();
        for (int i = 0; i < states.size(); i++) {
            SentenceState st = states.get(i);
            for (Mention m : st.mentions) {
                ExportControls.Control named = undatedNamed(m);
                if (named != null) {
                    // "Dutch export controls adopted in September 2023": a registry measure named without a date, dated by the text
                    ControlDates.DateNear d = dates.nearestDate(st, m, 100, true);
                    if (d != null) {
                        issuers.put(m, named.issuer());
                        textDates.put(m, d.date());
                        since.put(m, d.since());
                    }
                    continue;
                }
                if ((m.kind() != MentionKind.CONTROL_NOUN && m.kind() != MentionKind.CONTROL_VERB) || !m.entities().isEmpty() || m.anaphor()) continue;
                String issuer = issuer(states, i, m);
                // an issuer we cannot name as a country ("the European Union"): no control rather than a wrong one
                if (issuer == null) { unnamed.put(m, Boolean.TRUE); continue; }
                issuers.put(m, issuer);
                if (!defaulted) found.put(m, issuer);
                ControlDates.DateNear d = dates.nearestDate(st, m, 100, true);
                if (d != null) {
                    textDates.put(m, d.date());
                    since.put(m, d.since());
                    ExportControls.Control c = measures.choose(issuers.get(m), d.date(), d.since(), false, List.of());
                    if (c != null && !docDated.contains(c)) docDated.add(c);
                } else if (dates.takenNow(st, m)) {
                    now.put(m, Boolean.TRUE);
                }
            }
        }
        // the control a "Das betrifft ..." of the next sentence refers to: the last one resolved in this sentence
        ExportControls.Control previousSentence = null, previousList = null;
        int listAge = 0;
        List<ExportControls.Control> seen = new ArrayList<>();
        ExportControls.Control articleList = null;
        for (int index = 0; index < states.size(); index++) {
            SentenceState st = states.get(index);
            paragraphs.at(index);
            List<ExportControls.Control> datedHere = new ArrayList<>();
            ExportControls.Control lastHere = null, listHere = null;
            ExportControls.Control sentenceChoice = null;
            for (Mention m : st.mentions) {
                if (!issuers.containsKey(m)) continue;
                if (textDates.containsKey(m)) sentenceChoice = measures.choose(issuers.get(m), textDates.get(m), since.get(m), false, List.of());
                else if (m.newMarker() && sentenceChoice == null) sentenceChoice = measures.choose(issuers.get(m), null, false, true, List.of());
            }
            List<Mention> out = new ArrayList<>();
            for (Mention m : st.mentions) {
                if (m.kind() == MentionKind.LISTED_CONTROL) {
                    Mention l = m.payload() == null ? anaphorList(st, m, articleList) : listOf(states, st, m);
                    if (l == null) continue;
                    if (l.payload() instanceof ExportControls.Control c) listHere = c;
                    out.add(l);
                    continue;
                }
                if (unnamed.containsKey(m)) continue;
                if (m.anaphor() && m.kind() == MentionKind.CONTROL_NOUN && m.entities().isEmpty()) {
                    // "Also added were ...": else the list named last (up to three sentences before), else the measure of the
                    // paragraph, else the list the article named (a later paragraph may go on listing its targets)
                    ExportControls.Control before = previousSentence != null ? previousSentence : previousList != null ? previousList
                            : paragraphs.last() != null ? paragraphs.last() : articleList;
                    if (before != null) {
                        out.add(new Mention(m.start(), m.end(), m.kind(), List.of(before.ref()), false, true, false, false, before));
                        lastHere = before;
                    }
                    continue;
                }
                if (!issuers.containsKey(m)) { out.add(m); continue; }
                String issuer = issuers.get(m);
                ExportControls.Control c;
                if (textDates.containsKey(m)) c = measures.choose(issuer, textDates.get(m), since.get(m), false, List.of());
                // "The rule covers ...", "Die Regeln erfassen auch ...": no issuer of its own, the measure its paragraph spoke of
                else if (!found.containsKey(m) && !now.containsKey(m) && paragraphs.last() != null) c = paragraphs.last();
                // "Seitdem dürfen ... nur noch mit Genehmigung ...": since the measure the sentence before spoke of
                else if (previousSentence != null && previousSentence.issuer().equals(issuer) && dates.sinceThen(st, m)) c = previousSentence;
                // "Die neuen Exportkontrollen" after "hat im vergangenen Jahr Kontrollen eingeführt": the measure dated before
                else if (m.newMarker() && !now.containsKey(m) && IssuerMeasures.recent(issuer, seen, article.date()) != null) c = IssuerMeasures.recent(issuer, seen, article.date());
                else if (m.newMarker()) c = measures.choose(issuer, null, false, true, List.of());
                // "hatte im März Ausfuhrregeln beschlossen, nach denen ... nur noch ...": the sentence's dated measure
                else if (sentenceChoice != null && sentenceChoice.issuer().equals(issuer)) c = sentenceChoice;
                else if (now.containsKey(m)) c = measures.choose(issuer, null, false, true, List.of());
                else if (standing(st, m, issuer, docDated)) c = measures.discover(issuer, null);
                else c = measures.choose(issuer, null, false, false, docDated);
                if (c == null) continue;
                if (textDates.containsKey(m)) datedHere.add(c);
                out.add(new Mention(m.start(), m.end(), m.kind(), List.of(c.ref()), false, false, false, m.newMarker(), c));
                lastHere = c;
            }
            st.mentions = out;
            paragraphs.resolved(listHere != null ? listHere : lastHere);
            seen.addAll(datedHere);
            previousSentence = lastHere;
            // the list the article named last, for up to three sentences ("... to the Entity List. X said .... Also added were ...")
            if (listHere != null) { previousList = listHere; articleList = listHere; listAge = 0; }
            else if (++listAge >= 3) previousList = null;
        }
    }

    /** The undated, non-list registry measure a control noun names by its label ("Dutch export controls"), or null. */
    private ExportControls.Control undatedNamed(Mention m) {
        if (m.kind() != MentionKind.CONTROL_NOUN || m.entities().size() != 1) return null;
        ExportControls.Control c = registry.byIri(m.entities().get(0).iri());
        return c != null && !c.list() && c.date() == null ? c : null;
    }

    /** "Taiwan added Huawei to its entity list": a list named with another issuer is that issuer's measure, dated now. */
    private Mention listOf(List<SentenceState> states, SentenceState st, Mention list) {
        ExportControls.Control c = (ExportControls.Control) list.payload();
        String issuer = namedIssuer(st, list);
        // "The ministry added ... to its export control list": "its" list is the list of the issuer the context names
        if (issuer == null && lang.possessivePronoun != null && c != null
                && lang.possessivePronoun.in(st.text.substring(Math.max(0, list.start() - 6), list.start()))) {
            issuer = contextIssuer(states, states.indexOf(st), list);
        }
        if (issuer == null && c != null) issuer = subjectIssuer(st, list);
        if (c == null || issuer == null || issuer.equals(c.issuer())) return list;
        ControlDates.DateNear d = dates.nearestDate(st, list, 100, false);
        ExportControls.Control own = measures.discover(issuer, IssuerMeasures.monthOf(d != null ? d.date() : article.date()));
        return new Mention(list.start(), list.end(), MentionKind.LISTED_CONTROL, List.of(own.ref()), list.possessive(), false, false, true, own);
    }

    /**
     * How near an issuer candidate is to a control: its distance, and with the language's {@code issuer-same-clause} any
     * candidate in the control's own clause before every one across a comma ("Seit die US-Regierung ... beschränkt hat,
     * unterstützt Peking ..." is a US measure).
     */
    private int rank(SentenceState st, int start, int end, Mention control, int distance) {
        if (!lang.issuerSameClause) return distance;
        String between = st.text.substring(Math.min(end, control.end()), Math.max(start, control.start()));
        return CLAUSE_BREAK.matcher(between).find() ? 100_000 + distance : distance;
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|,(?!\\d)|(?<!\\d),");

    /**
     * The issuer of a control mention: named in the sentence; else the nearest issuing country or issuer cue of the
     * sentence that is no target ("exports to China", "imposed on Beijing"); else an issuer cue of the sentence
     * before or after ("The new rules ... . The Dutch government said so."); else the United States.
     */
    private String issuer(List<SentenceState> states, int index, Mention control) {
        defaulted = false;
        SentenceState st = states.get(index);
        String named = namedIssuer(st, control);
        if (named != null) return named;
        // one measure per sentence: "Under the new British rules, chips may only be shipped with a licence ..."
        for (Mention o : st.mentions) {
            if (o == control || (o.kind() != MentionKind.CONTROL_NOUN && o.kind() != MentionKind.CONTROL_VERB) || !o.entities().isEmpty() || o.anaphor()) continue;
            String other = found.containsKey(o) ? found.get(o) : namedIssuer(st, o);
            if (other != null) return other;
        }
        // "mit Washington ab, das im Dezember Ausfuhren ... beschränkt hatte": the antecedent of the relative clause holding the control
        if (lang.issuerRelative != null) {
            for (Mention m : st.mentions) {
                if (m.kind() == MentionKind.COUNTRY && !m.entities().isEmpty() && relativeTo(st, m.end(), control)) return m.entities().get(0).iri();
            }
            for (IssuerHit h : issuerHits(st)) if (relativeTo(st, h.end(), control)) return h.countryIri();
        }
        String best = null;
        int bestDist = Integer.MAX_VALUE, bestRank = Integer.MAX_VALUE;
        for (Mention m : st.mentions) {
            if (m.kind() != MentionKind.COUNTRY || m.entities().isEmpty() || isTarget(st, m.start())) continue;
            String iri = m.entities().get(0).iri();
            // a country the registry has no measure of only as the subject of a clause ("Die EU hat ..."), also after the
            // auxiliary in verb-second order ("Im Herbst hatte China die Ausfuhr ... beschränkt")
            boolean subject = lang.issuerSubject != null && lang.issuerSubject.matcher(st.text).region(m.end(), st.text.length()).lookingAt()
                    || lang.issuerSubjectAfter != null && lang.issuerSubjectAfter.matcher(st.text).region(0, m.start()).find();
            if (!registry.issuers().contains(iri) && !subject) continue;
            int d = ControlDates.distance(m.start(), m.end(), control.start(), control.end());
            int rank = rank(st, m.start(), m.end(), control, d);
            if (rank < bestRank) { bestRank = rank; bestDist = d; best = iri; }
        }
        int bestLength = 0;
        for (IssuerHit h : issuerHits(st)) {
            // "unter die europäischen Exportkontrollen": a cue right before the control, only modifiers between, issues it
            if (h.end() <= control.start() && control.kind() == MentionKind.CONTROL_NOUN && lang.issuerModifiers != null
                    && lang.issuerModifiers.matcher(st.text.substring(h.end(), control.start())).matches()) return h.countryIri();
            if (h.target()) continue;
            int d = ControlDates.distance(h.start(), h.end(), control.start(), control.end());
            int rank = rank(st, h.start(), h.end(), control, d);
            // at the same distance the longer cue wins ("Handelsministerium in Den Haag" over "Handelsministerium")
            boolean nearer = rank < bestRank || (rank == bestRank && h.end() - h.start() > bestLength);
            if (nearer && !ownsSomethingElse(st, h, control)) { bestRank = rank; bestDist = d; best = h.countryIri(); bestLength = h.end() - h.start(); }
        }
        if (lang.issuerUnknown != null) {
            for (Matcher u = lang.issuerUnknown.first(st.words); u != null; u = lang.issuerUnknown.next(u, st.words) ? u : null) {
                if (!isTarget(st, u.start()) && ControlDates.distance(u.start(), u.end(), control.start(), control.end()) < Math.min(bestDist, 150)) return null;
            }
        }
        if (best != null && bestDist <= 150) return best;
        for (int j : new int[] {index - 1, index + 1}) {
            if (j < 0 || j >= states.size() || !paragraphs.same(index, j) && paragraphs.earlierIssuer(states, index, found, true) != null) continue;
            SentenceState near = states.get(j);
            // "to limit Beijing's ability": a possessive cue of another sentence owns something else, it issues nothing here
            for (IssuerHit h : issuerHits(near)) if (!h.target() && !possessive(near, h.end())) return h.countryIri();
        }
        // "Die EU hat ihre Exportkontrollen verschärft. Seither brauchen Exporteure eine Genehmigung ...": the issuer named before
        String earlier = paragraphs.earlierIssuer(states, index, found, false);
        if (earlier != null) return earlier;
        defaulted = true;
        return unitedStates;
    }

    /**
     * Whose "its export control list": an issuer cue before it in the sentence ("China's commerce ministry added ... to its
     * list"), else the first cue of the sentence before ("The ministry also added ..."); countries are left out, they
     * are more often the nationality of a listed party ("the US drone maker X"). Null when there is none.
     */
    private String contextIssuer(List<SentenceState> states, int index, Mention list) {
        String best = null;
        for (IssuerHit h : issuerHits(states.get(index))) if (!h.target() && h.end() <= list.start()) best = h.countryIri();
        if (best != null || index == 0) return best;
        for (IssuerHit h : issuerHits(states.get(index - 1))) if (!h.target()) return h.countryIri();
        return null;
    }

    /** "steht seit 2020 auf der Liste", "auf der taiwanischen Liste": the list named before, or the named issuer's; else null. */
    private Mention anaphorList(SentenceState st, Mention m, ExportControls.Control before) {
        String issuer = namedIssuer(st, m);
        if (issuer == null) for (IssuerHit h : issuerHits(st)) if (!h.target() && h.end() <= m.start()) issuer = h.countryIri();
        if (issuer == null && before == null) return null;
        issuer = issuer == null ? before.issuer() : issuer;
        ControlDates.DateNear d = dates.nearestDate(st, m, 100, false);
        ExportControls.Control c;
        if (before != null && before.issuer().equals(issuer) && (before.list() || d == null)) c = before;
        else if (issuer.equals(unitedStates)) return null;
        else c = measures.discover(issuer, IssuerMeasures.monthOf(d != null ? d.date() : article.date()));
        return new Mention(m.start(), m.end(), MentionKind.LISTED_CONTROL, List.of(c.ref()), false, true, false, false, c);
    }

    /** "Japan hat X auf eine Liste von Unternehmen gesetzt": a country or issuer cue before the list, subject of an auxiliary in its clause. */
    private String subjectIssuer(SentenceState st, Mention list) {
        if (lang.issuerSubject == null) return null;
        for (Mention m : st.mentions) {
            if (m.kind() != MentionKind.COUNTRY || m.entities().isEmpty() || m.end() > list.start() || isTarget(st, m.start())) continue;
            if (subjectBefore(st, m.end(), list)) return m.entities().get(0).iri();
        }
        // "Die indische Regierung hat ...": an issuer cue
        for (IssuerHit h : issuerHits(st)) if (!h.target() && h.end() <= list.start() && subjectBefore(st, h.end(), list)) return h.countryIri();
        return null;
    }

    private boolean subjectBefore(SentenceState st, int end, Mention list) {
        return lang.issuerSubject.matcher(st.text).region(end, list.start()).lookingAt() && !CLAUSE_BREAK.matcher(st.text.substring(end, list.start())).find();
    }

    private boolean relativeTo(SentenceState st, int end, Mention control) {
        return end <= control.start() && lang.issuerRelative.matcher(st.text).region(end, control.start()).matches();
    }

    private static boolean possessive(SentenceState st, int end) {
        return st.text.startsWith("'s", end) || st.text.startsWith("\u2019s", end);
    }

    /** "Beijing's technological advances": a cue owning something other than this control speaks of that, not of the control. */
    private boolean ownsSomethingElse(SentenceState st, IssuerHit h, Mention control) {
        if (!st.text.startsWith("'s", h.end()) && !st.text.startsWith("\u2019s", h.end())) return false;
        if (h.end() > control.start()) return true;
        String between = st.text.substring(h.end(), control.start()).replace('\u2019', '\'');
        return lang.issuerModifiers == null || !lang.issuerModifiers.matcher(between).matches();
    }

    /** The issuer cues of a sentence (marked when a target), found once per sentence whatever number of control mentions ask. */
    private List<IssuerHit> issuerHits(SentenceState st) {
        if (st.issuerHits == null) {
            st.issuerHits = new ArrayList<>();
            List<List<int[]>> found = lang.issuerCueSet.find(st.words);
            int k = 0;
            for (String iri : lang.issuerCues.keySet()) {
                for (int[] h : found.get(k++)) st.issuerHits.add(new IssuerHit(iri, h[0], h[1], isTarget(st, h[0])));
            }
        }
        return st.issuerHits;
    }

    /** Is the country named at {@code start} a target or a place ("exports to China"), by the words before it? */
    private boolean isTarget(SentenceState st, int start) {
        if (lang.targetBefore == null || !lang.targetBefore.matcher(st.text).region(Math.max(0, start - 16), start).find()) return false;
        // "rules adopted by Washington": the agent of an issuing verb issues the measure
        return lang.issuerAgent == null || !lang.issuerAgent.matcher(st.text).region(Math.max(0, start - 30), start).find();
    }

    /** "falls under the European export controls": undated, no issuing verb, no measure of the issuer dated: its standing controls. */
    private boolean standing(SentenceState st, Mention m, String issuer, List<ExportControls.Control> docDated) {
        if (m.kind() != MentionKind.CONTROL_NOUN || registry.issuers().contains(issuer)) return false;
        for (ExportControls.Control c : docDated) if (c.issuer().equals(issuer)) return false;
        for (ExportControls.Control c : measures.discovered.values()) if (c.issuer().equals(issuer) && c.date() != null) return false;
        // "said it would ban exports of ...": the control word is the verb of a new act, not the standing controls
        if (lang.controlAct != null && lang.controlAct.matcher(st.text).region(Math.max(0, m.start() - 20), m.start()).find()) return false;
        return lang.issuingWord == null || !lang.issuingWord.matcher(st.text).region(Math.max(0, m.start() - 60), m.start()).find();
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
            String between = st.text.substring(m.end(), control.start());
            // "build on Chinese export controls": a country right before the control, only modifiers between, issues it
            boolean attached = control.kind() == MentionKind.CONTROL_NOUN && !between.startsWith("'") && !between.startsWith("\u2019") && between.length() <= 40
                    && lang.issuerModifiers != null && lang.issuerModifiers.matcher(between).matches();
            // "EU-Sanktionen", "US-Regeln": an abbreviation joined to the control by a hyphen issues it (a full name so joined is as
            // often the target: "Russland-Sanktionen")
            if (attached || (control.kind() == MentionKind.CONTROL_NOUN && between.equals("-") && st.text.substring(m.start(), m.end()).matches("\\p{Lu}{2,4}"))) {
                found = m.entities().get(0).iri();
                continue;
            }
            if (isTarget(st, m.start())) continue;
            if (lang.describedAfter != null && lang.describedAfter.matcher(st.text).region(m.end(), st.text.length()).lookingAt()) continue;
            // the subject of an issuing verb may stand before a long list of targets ("Taiwan added A, B and C to its list")
            if (between.length() > 200) continue;
            boolean adjacent = between.length() <= 100 && lang.issuerModifiers != null && lang.issuerModifiers.matcher(between).matches();
            boolean subject = lang.issuerVerbs != null && lang.issuerVerbs.matcher(between).lookingAt();
            if (adjacent || subject) found = m.entities().get(0).iri();
        }
        // "die Exportkontrollen der USA", "restrictions imposed by the US": a country right after the control, linked by issuer-after
        if (found == null && lang.issuerAfter != null) {
            for (Mention m : st.mentions) {
                if (m.kind() == MentionKind.COUNTRY && !m.entities().isEmpty() && m.start() >= control.end()
                        && lang.issuerAfter.matcher(st.text.substring(control.end(), m.start())).matches()) return m.entities().get(0).iri();
            }
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
    record IssuerHit(String countryIri, int start, int end, boolean target) {}
}
