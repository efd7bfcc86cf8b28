package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Money;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.fact.Quantity;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;

/**
 * Turns rule matches into facts: the entities of the slots (a list gives one fact per member), types checked, foundry
 * options, quantity, money and date from the clause, stance and attribution, and a confidence lowered for discovered
 * names and references; one fact per key, the surer one kept.
 */
final class FactBuilder {
    private final String docIri;
    private final LanguageRules lang;
    private final ReferenceEntities reference;
    private final ControlResolver controlChoice;
    private final Coreference coref;
    private final ClauseContext clause;
    private final RuleTrace trace;
    private final Map<String, Fact> facts = new LinkedHashMap<>();

    FactBuilder(String docIri, LanguageRules lang, ReferenceEntities reference, ControlResolver controlChoice,
                Coreference coref, RuleTrace trace) {
        this.docIri = docIri;
        this.lang = lang;
        this.reference = reference;
        this.controlChoice = controlChoice;
        this.coref = coref;
        this.clause = new ClauseContext(lang);
        this.trace = trace;
    }

    /** A factor on the confidence of the facts emitted while it is set (names only a rule's slot confirmed). */
    private double scale = 1;

    void scale(double factor) { scale = factor; }

    /** The facts a rule match states: subjects and objects distributed, typed, dated, with stance and confidence. */
    void emit(SentenceState st, int index, PatternFile.Rule rule, Matcher m, Mention subj, Mention obj, String reportedBy) {
        int ms = st.toText[m.start()], me = st.toText[m.end()];
        List<EntityRef> subjects = subj != null ? entities(st, subj, index) : List.of();
        List<EntityRef> objects;
        if (obj != null) objects = withListedChips(st, m, obj, entities(st, obj, index));
        else if (rule.implicitObjectKind() != null) objects = implicitObject(st, rule.implicitObjectKind().charAt(0), ms);
        else objects = List.of();
        Relation rel = rule.relation();
        if (rel == Relation.ISSUES && subj == null) {
            List<EntityRef> issuers = new ArrayList<>();
            for (EntityRef o : objects) {
                ExportControls.Control c = controlChoice.byIri(o.iri());
                if (c != null) { EntityRef is = reference.byIri(c.issuer()); if (is != null && !issuers.contains(is)) issuers.add(is); }
            }
            subjects = issuers;
        }
        // "to A and to B, an Abu Dhabi-based firm": a singular apposition after a list describes its last name
        if (rule.options().contains("last") && subjects.size() > 1) subjects = List.of(subjects.get(subjects.size() - 1));
        if (subjects.isEmpty()) return;
        if (rel != Relation.DENIES && objects.isEmpty()) return;

        Stance stance = Stance.ASSERTED;
        String attribution = null;
        String span = st.abstracted.substring(m.start(), m.end());
        // a denies fact is itself asserted (that X denied something); DENIED marks claims that are denied,
        // which the store's facts table leaves out, and a negated match gives no fact at all
        if (rule.options().contains("planned") || (lang.planned != null && lang.planned.in(span))) stance = Stance.PLANNED;
        else if (reportedBy != null) { stance = Stance.REPORTED; }
        if (reportedBy != null) attribution = reportedBy;

        boolean group = subjects.size() > 1;
        Quantity q = rule.options().contains("qty") && !group ? clause.quantity(st, ms, me) : null;
        Money money = rule.options().contains("money") ? clause.money(st, m, ms, me) : null;
        if (rel == Relation.SPENDS && (money == null || group)) return;
        PartialDate date = rule.options().contains("date") ? clause.date(st, ms, me) : null;

        double conf = rule.confidence() * scale;
        if (subj != null && (subj.anaphor() || subj.homeWord())) conf *= 0.85;
        if (obj != null && (obj.anaphor() || obj.homeWord())) conf *= 0.85;
        if (obj == null && rule.implicitObjectKind() != null) conf *= 0.85;
        if (span.length() > 120) conf *= 0.9;

        String text = null;
        if (rel == Relation.DENIES) {
            text = ClauseContext.deniedText(st, m);
            objects = List.of();
        }
        for (EntityRef s : subjects) {
            // a list's members are peers, never each other's parties: a reference read as one of them ("X counts A, B and C
            // among its customers" with "its" taken for B) pairs nothing with the list
            if (objects.size() > 1 && ListPeers.member(objects, s)) continue;
            if (rel == Relation.DENIES) {
                traced(rule, put(NewsExtractor.fact(s, rel, null, text, null, null, date, stance, attribution, conf * (s.discovered() ? 0.75 : 1), docIri, st.sentence), s, null));
                continue;
            }
            for (EntityRef o : objects) {
                if (s.iri().equals(o.iri())) continue;
                if (subjects.size() > 1 && ListPeers.member(subjects, o)) continue;
                if (!typesFit(rel, s, o)) continue;
                // a seat the text seems to give that the registry contradicts is a misreading ("bought from the US company")
                if (rel == Relation.HEADQUARTERED_IN && reference.seats.containsKey(s.iri()) && !reference.seats.get(s.iri()).equals(o.iri())) continue;
                boolean foundry = lang.isFoundry(s);
                if (rule.options().contains("foundry") && !foundry) continue;
                if (rule.options().contains("no-foundry") && foundry) continue;
                double c = conf * (s.discovered() || o.discovered() ? 0.75 : 1);
                // a chip named by its family alone ("HBM", "Ascend", no model number) is vaguer than a model: the text may
                // mean any of its models, or the family as a technology
                if (familyOnly(s) || familyOnly(o)) c *= 0.85;
                PartialDate d = date;
                if (rel == Relation.RESTRICTS || rel == Relation.ISSUES) {
                    EntityRef ctl = rel == Relation.RESTRICTS ? s : o;
                    ExportControls.Control cc = controlChoice.byIri(ctl.iri());
                    if (cc == null) continue;
                    if (rel == Relation.RESTRICTS && cc.issuer().equals(o.iri())) continue;
                    // a dated measure's facts take the clause's date whatever the rule's options, only one finer than and within its own;
                    // a list's (undated) only as the rule's options say, its listing date
                    d = ControlDates.factDate(cc.date(), date != null || cc.date() == null ? date : clause.date(st, ms, me));
                }
                if (rel == Relation.MAKES && !rule.options().contains("launch")) d = null;
                traced(rule, put(NewsExtractor.fact(s, rel, o, null, q, money, d, stance, attribution, c, docIri, st.sentence), s, o));
                // the guide's convention: an order is a purchase; so are goods received where the rule says so (option bought)
                if (rel == Relation.ORDERS || (rel == Relation.RECEIVES && rule.options().contains("bought"))) {
                    traced(rule, put(NewsExtractor.fact(s, Relation.BUYS, o, null, null, null, null, stance, attribution, c, docIri, st.sentence), s, o));
                }
            }
        }
    }

    private static boolean familyOnly(EntityRef e) {
        return e.type().equals("Chip") && e.label().chars().noneMatch(Character::isDigit);
    }

    private static boolean typesFit(Relation r, EntityRef s, EntityRef o) {
        return switch (r) {
            case MAKES, BUYS, ORDERS, RECEIVES -> s.type().equals("Company") && o.type().equals("Chip");
            case SUPPLIES, SUBSIDIARY_OF -> s.type().equals("Company") && o.type().equals("Company");
            case FABRICATES, SPENDS -> s.type().equals("Company") && (o.type().equals("Chip") || o.type().equals("Company"));
            case RESTRICTS -> s.type().equals("ExportControl") && !o.type().equals("ExportControl");
            case ISSUES -> s.type().equals("Country") && o.type().equals("ExportControl");
            case DESIGNED_FOR -> s.type().equals("Chip") && o.type().equals("Country");
            case HEADQUARTERED_IN -> s.type().equals("Company") && o.type().equals("Country");
            case DENIES -> true;
        };
    }

    private void traced(PatternFile.Rule rule, Fact f) { trace.fired(rule.origin(), f); }

    /** Keeps the fact (or the surer of two with one key) and returns it as given. */
    Fact put(Fact f, EntityRef s, EntityRef o) {
        Fact given = f;
        if (f.relation() == Relation.HEADQUARTERED_IN) coref.headquarteredIn(s, o);
        if (f.relation() == Relation.SUBSIDIARY_OF) coref.parentOf(s, o);
        if ((f.relation() == Relation.ORDERS || f.relation() == Relation.BUYS) && f.stance() != Stance.DENIED) coref.buyer(s);
        String k = NewsExtractor.key(f);
        Fact old = facts.get(k);
        if (old == null || old.confidence() < f.confidence()
                || (old.quantity() == null && f.quantity() != null) || (old.date() == null && f.date() != null && old.confidence() <= f.confidence())) {
            if (old != null && old.confidence() > f.confidence()) {
                f = new Fact(f.subject(), f.relation(), f.object(), f.objectText(), f.quantity() != null ? f.quantity() : old.quantity(),
                        f.money() != null ? f.money() : old.money(), f.date() != null ? f.date() : old.date(), old.stance(),
                        old.attribution(), old.confidence(), f.provenance());
            }
            facts.put(k, f);
        }
        return given;
    }

    /**
     * "Nvidia's H100 and AMD's MI300X": chips joined by the language's {@code chip-list} joint, each with its own
     * possessive maker (which keeps a list of plain names from forming), are objects together.
     */
    private List<EntityRef> withListedChips(SentenceState st, Matcher m, Mention obj, List<EntityRef> objects) {
        if (lang.chipList == null || obj.kind() != MentionKind.CHIP) return objects;
        List<EntityRef> out = null;
        int at = m.end("o") + 1; // the slot's group holds the placeholder's number: step over its closing mark
        Matcher j = lang.chipList.matcher(st.abstracted);
        while (at < st.abstracted.length() && j.region(at, st.abstracted.length()).lookingAt()) {
            Mention next = st.mentions.get(Integer.parseInt(j.group(1)));
            if (out == null) out = new ArrayList<>(objects);
            for (EntityRef e : next.entities()) if (!out.contains(e)) out.add(e);
            at = j.end();
        }
        return out == null ? objects : out;
    }

    private List<EntityRef> entities(SentenceState st, Mention m, int index) {
        if (m.homeWord()) {
            EntityRef home = coref.home(EarlierCompany.before(st, m.start()), index);
            return home == null ? List.of() : List.of(home);
        }
        return m.entities();
    }

    private static List<EntityRef> implicitObject(SentenceState st, char letter, int pos) {
        Mention best = null;
        for (Mention m : st.mentions) if (m.kind().letter == letter && m.end() <= pos) best = m;
        if (best == null) for (Mention m : st.mentions) if (m.kind().letter == letter) { best = m; break; }
        return best == null ? List.of() : best.entities();
    }

    /** The facts so far, one per subject, relation, object and sentence. */
    Map<String, Fact> facts() { return facts; }

    /** The companies the facts so far have making {@code chip} (not denied), each once, in the order first stated. */
    List<EntityRef> makersOf(EntityRef chip) {
        List<EntityRef> out = new ArrayList<>();
        for (Fact f : facts.values()) {
            if (f.relation() == Relation.MAKES && f.stance() != Stance.DENIED && f.object() != null && f.object().iri().equals(chip.iri())
                    && !out.contains(f.subject())) out.add(f.subject());
        }
        return out;
    }
}
