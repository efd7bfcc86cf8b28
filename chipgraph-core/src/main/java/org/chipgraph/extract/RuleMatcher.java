package org.chipgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Relation;

/**
 * Applies the language's relation rules to a rendered sentence: each rule only where the sentence has the mention kinds
 * and words it needs, at the placeholders or words it can begin with; a match whose subject follows a preposition, or
 * whose clause is negated, gives nothing.
 */
final class RuleMatcher {
    private final LanguageRules lang;
    private final FactBuilder facts;

    RuleMatcher(LanguageRules lang, FactBuilder facts) {
        this.lang = lang;
        this.facts = facts;
        Matcher[][] mine = lang.ruleMatchers.get();
        this.matchers = mine[0];
        this.leadConditions = mine[1];
    }

    /** Relations whose subject is the doer of a verb, which a preposition before it rules out. */
    private static final Set<Relation> AGENT_RELATIONS = Set.of(Relation.ORDERS, Relation.BUYS, Relation.RECEIVES,
            Relation.SUPPLIES, Relation.SPENDS, Relation.MAKES, Relation.FABRICATES, Relation.DENIES);


    private static final boolean DEBUG = System.getenv("CHIPGRAPH_EXTRACT_DEBUG") != null;

    /** The rules' matchers, this thread's ({@link LanguageRules#ruleMatchers}; an ArticleRun belongs to one thread). */
    private final Matcher[] matchers;

    /** Set while {@link #applyTentative} runs: only matches that put a tentative name in a slot count. */
    private java.util.Map<Integer, Mention> confirmed;

    /**
     * The sentence again, now with tentative names ({@link MentionKind#TENTATIVE}): a match counts only where it puts
     * one in a slot whose type the rule fixes (a company slot or a chip slot, not one that takes both); the name is
     * then a discovered entity of that type. Returns the confirmed names by their mention index.
     */
    java.util.Map<Integer, Mention> applyTentative(SentenceState st, int index) {
        confirmed = new java.util.HashMap<>();
        try {
            apply(st, index);
            return confirmed;
        } finally {
            confirmed = null;
        }
    }

    /** Tries every rule that can match the sentence (by its mention kinds and words) and hands each match on. */
    void apply(SentenceState st, int index) {
        if (DEBUG) System.err.println("S" + index + ": " + st.abstracted);
        boolean[] present = new boolean[128];
        long presentMask = 0;
        for (Mention mm : st.mentions) {
            present[mm.kind().letter] = true;
            presentMask |= 1L << (mm.kind().letter - 'A');
        }
        // which required word groups of the rules the sentence's tokens satisfy (one hash look-up per token)
        // and where in the rendered sentence each group's last word begins: a match must begin before it
        boolean[] groupHolds = new boolean[lang.wordGroupCount];
        int[] groupLast = new int[lang.wordGroupCount];
        // and which rules can fire at all: those whose first word group holds, and those that need no word
        long[] candidates = lang.ruleIndex.start();
        WordSpans words = WordSpans.of(st.abstracted);
        for (int k = 0; k < words.size(); k++) {
            int[] gs = lang.wordGroups.get(words.lower(k));
            if (gs != null) for (int g : gs) {
                if (!groupHolds[g]) lang.ruleIndex.add(candidates, g);
                groupHolds[g] = true;
                groupLast[g] = words.start(k);
            }
        }
        List<PatternFile.Rule> all = lang.file.rules;
        String[][][] tails = lang.ruleTails;
        String lower = null;
        rules:
        for (int ri = RuleIndex.next(candidates, 0); ri >= 0; ri = RuleIndex.next(candidates, ri + 1)) {
            PatternFile.Rule rule = all.get(ri);
            long[] masks = lang.ruleKindMasks[ri];
            if (masks != null) {
                for (long km : masks) if ((km & presentMask) == 0) continue rules;
            } else if (!rule.possible(present)) continue;
            for (int g : lang.ruleWordGroups[ri]) if (!groupHolds[g]) continue rules;
            if (tails[ri] != null) {
                if (lower == null) lower = st.abstracted.toLowerCase(java.util.Locale.ROOT);
                if (!RequiredFragments.present(tails[ri], lower)) continue;
            }
            Matcher m = matchers[ri] == null ? (matchers[ri] = rule.matched().matcher(st.abstracted)) : matchers[ri].reset(st.abstracted);
            String lead = rule.leadKinds();
            if (lead == null && rule.wordStart() != null) {
                // a rule that begins with a word: tried at the words it can begin with (same matches, same order)
                m.useTransparentBounds(true).useAnchoringBounds(false);
                int from = 0;
                while (from <= st.abstracted.length() && rule.wordStart().findFrom(m, words, from)) {
                    from = m.start() + 1;
                    onMatch(st, index, rule, m);
                }
            } else if (lead == null) {
                int from = 0;
                while (from <= st.abstracted.length() && m.find(from)) {
                    from = m.start() + 1;
                    onMatch(st, index, rule, m);
                }
            } else {
                // every match begins at a placeholder of the lead kinds: try there only (the same matches as
                // find() from each position, in the same order); transparent bounds keep look-behinds and \b
                m.useTransparentBounds(true).useAnchoringBounds(false);
                int lastStart = Integer.MAX_VALUE;
                for (int g : lang.ruleWordGroups[ri]) lastStart = Math.min(lastStart, groupLast[g]);
                // and each slot the rule must match later needs a placeholder of its kinds after the beginning
                for (String kinds : rule.laterKinds()) lastStart = Math.min(lastStart, SentenceRenderer.lastPlaceholder(st, kinds) - 1);
                for (int k = 0; k < st.placeholderStarts.length; k++) {
                    if (st.placeholderStarts[k] > lastStart) break;
                    if (lead.indexOf(st.placeholderKinds[k]) < 0) continue;
                    m.region(st.placeholderStarts[k], st.abstracted.length());
                    if (!m.lookingAt() || !leadConditionsHold(ri, rule, st, st.placeholderStarts[k])) continue;
                    onMatch(st, index, rule, m);
                }
            }
        }
    }

    /** The rules' look-behinds after their lead placeholder ({@link LeadLookBehinds}), matchers reused like {@link #matchers}. */
    private final Matcher[] leadConditions;

    /** Do the rule's look-behinds after its lead placeholder (if it has any) hold at the end of the placeholder at {@code start}? */
    private boolean leadConditionsHold(int ri, PatternFile.Rule rule, SentenceState st, int start) {
        if (rule.leadConditions() == null) return true;
        Matcher c = leadConditions[ri] == null
                ? (leadConditions[ri] = rule.leadConditions().matcher(st.abstracted).useTransparentBounds(true).useAnchoringBounds(false))
                : leadConditions[ri].reset(st.abstracted);
        c.region(st.abstracted.indexOf('§', start + 1) + 1, st.abstracted.length());
        return c.lookingAt();
    }

    /** A rule matched: checks the match's context (preposition, negation) and emits its fact. */
    private void onMatch(SentenceState st, int index, PatternFile.Rule rule, Matcher m) {
        int si = rule.hasSubject() ? Integer.parseInt(m.group("s")) : -1, oi = rule.hasObject() ? Integer.parseInt(m.group("o")) : -1;
        Mention subj = si >= 0 ? st.mentions.get(si) : null;
        Mention obj = oi >= 0 ? st.mentions.get(oi) : null;
        if (confirmed != null) {
            boolean tentative = false;
            if (subj != null && subj.kind() == MentionKind.TENTATIVE) {
                if ((subj = confirm(st, si, subj, slotKinds(rule, "s"))) == null) return;
                tentative = true;
            }
            if (obj != null && obj.kind() == MentionKind.TENTATIVE) {
                if ((obj = confirm(st, oi, obj, slotKinds(rule, "o"))) == null) return;
                tentative = true;
            }
            // the first pass gave what the known names alone give
            if (!tentative) return;
        }
        subj = firstOfListAfterSingular(st, m, "s", subj);
        obj = firstOfListAfterSingular(st, m, "o", obj);
        Mention s0 = subj;
        subj = lastOfListBeforeApposition(st, m, "s", "o", subj, obj);
        obj = lastOfListBeforeApposition(st, m, "o", "s", obj, s0);
        if (AGENT_RELATIONS.contains(rule.relation()) && startsWithPlainSlot(st, m, subj, obj) && afterPreposition(st, m.start())
                && !apposed(st, m)) return;
        if (!rule.options().contains("neg-ok") && negated(st.abstracted, m.start(), m.end())) return;
        // "Like X, Y ordered ... from Z", "Y, whose founders left X, bought ...": X is no party of Y's clause
        if (subj != null && obj != null && lang.asides.separates(st.abstracted, m.start("s"), m.start("o"))) return;
        if (DEBUG) System.err.println("   " + rule.origin() + " " + rule.relation() + " <" + m.group() + ">");
        // a name only its slot confirmed is a notch less certain than one a cue or the registry gave
        if (confirmed != null) facts.scale(SLOT_NAME_FACTOR);
        try {
            facts.emit(st, index, rule, m, subj, obj, attribution(st));
        } finally {
            facts.scale(1);
        }
    }

    /** The confidence factor of facts on names only a rule's slot confirmed. */
    private static final double SLOT_NAME_FACTOR = 0.85;

    /**
     * A tentative name in a slot of these kinds: a discovered entity of the slot's type when the slot fixes one (the
     * same name confirmed as the other type by another rule is dropped there), else null.
     */
    private Mention confirm(SentenceState st, int i, Mention t, String kinds) {
        boolean company = kinds.indexOf('C') >= 0, chip = kinds.indexOf('H') >= 0;
        if (company == chip) return null;
        MentionKind kind = company ? MentionKind.COMPANY : MentionKind.CHIP;
        // "bestellt bei Korlan", "bought from Korlan": after these words a name is the seller, never a chip
        if (chip && lang.nameFinder.afterCompanyPreposition(st.words, t.start())) return null;
        // "its Tarnby data centre": a name before a site's noun is the site's place, never a chip
        if (chip && lang.facilityNouns.after(st.words, t.start(), t.end())) return null;
        Mention before = confirmed.get(i);
        if (before != null) return before.kind() == kind ? before : null;
        // "Pelmora said it shipped ...": a pronoun standing for a tentative speaker is named by the speaker (SlotNames)
        String surface = t.payload() instanceof int[] span ? st.text.substring(span[0], span[1]) : st.text.substring(t.start(), t.end());
        EntityRef e = lang.discovery.name(surface, company ? "Company" : "Chip");
        if (e == null) return null;
        Mention m = Mention.entity(t.start(), t.end(), kind, e, t.possessive());
        confirmed.put(i, m);
        return m;
    }

    /**
     * The kinds of the rule's slot {@code slot} ("s", "o"), as its compiled regex spells them: "§[CT](?<s>". Read
     * only for a match on a tentative name, which is rare, so it is not kept.
     */
    private static String slotKinds(PatternFile.Rule rule, String slot) {
        String re = rule.pattern().pattern();
        int at = re.indexOf("](?<" + slot + ">");
        int open = at < 0 ? -1 : re.lastIndexOf("§[", at);
        return open < 0 ? "" : re.substring(open + 2, at);
    }

    /** Who the sentence says reported it ("said three people"), or null; looked for once, on its first match. */
    private String attribution(SentenceState st) {
        if (!st.attributionKnown) {
            st.attributionKnown = true;
            Matcher r = lang.reported == null ? null : lang.reported.first(st.words);
            st.attribution = r == null ? null : r.group().strip();
        }
        return st.attribution;
    }

    /** Does the match begin with its subject or object slot, not possessive (so a preposition before it matters)? */
    private static boolean startsWithPlainSlot(SentenceState st, Matcher m, Mention subj, Mention obj) {
        if (subj != null && m.start("s") == m.start() + 2 && !subj.possessive()) return true;
        return obj != null && m.start("o") == m.start() + 2 && !obj.possessive();
    }

    /**
     * "der Bonner Konzern X und Y liefern ...": a singular description the rule matched before a list names only the
     * list's first member (the verb after it still has them all: a rule that begins at the list keeps it whole).
     */
    private Mention firstOfListAfterSingular(SentenceState st, Matcher m, String slot, Mention x) {
        if (x == null || x.entities().size() < 2 || lang.singularBefore == null) return x;
        int at = m.start(slot) - 2; // the placeholder "§C12§" begins two characters before its number
        if (at <= m.start()) return x;
        // "der Onlinehändler A und der Videodienst B": each member has its own description, the first names only A
        if (lang.listOwnDescription != null && lang.listOwnDescription.matcher(st.text.substring(x.start(), x.end())).find()) return x;
        String before = st.abstracted.substring(Math.max(0, at - 80), at);
        return lang.singularBefore.matcher(before).find() ? x.withEntities(List.of(x.entities().get(0))) : x;
    }

    /**
     * "rented by A and B, the cloud arm of C": a singular apposition after a list describes only the list's last member,
     * when the rule's other slot stands inside that apposition (a verb after it, "A and B, ..., bought X", has them all).
     */
    private Mention lastOfListBeforeApposition(SentenceState st, Matcher m, String slot, String other, Mention x, Mention y) {
        if (x == null || y == null || x.entities().size() < 2 || lang.singularAfter == null || m.start(other) < 0) return x;
        int after = m.end(slot) + 1; // past the placeholder's closing "§"
        int otherAt = m.start(other) - 2;
        if (otherAt <= after) return x;
        Matcher a = lang.singularAfter.matcher(st.abstracted).region(after, otherAt);
        if (!a.lookingAt()) return x;
        String between = st.abstracted.substring(a.end(), otherAt);
        if (between.indexOf(',') >= 0 || between.indexOf(';') >= 0) return x;
        return x.withEntities(List.of(x.entities().get(x.entities().size() - 1)));
    }

    /** Where the clause of a match's end closes: punctuation or a coordinating word that opens the next one. */
    private static final java.util.regex.Pattern CLAUSE_CLOSE = java.util.regex.Pattern.compile("[,.;:!?]|\\s(?:und|oder|aber|sowie|and|or|but)\\s");

    /**
     * Negation counts in the clause that holds the end of the match: after the match's last comma. A verb of stopping
     * may close that clause after the match ("hat die Lieferungen an Y gestoppt"): the language's negation-clause cue
     * is looked for up to the clause's end. A hedge just before the match or a denial across it counts too ({@link Hedges}).
     */
    private boolean negated(String text, int start, int end) {
        if (lang.hedges.hedged(text, start, end)) return true;
        if (lang.negation == null) return false;
        String span = text.substring(start, end);
        int comma = span.lastIndexOf(", ");
        if (lang.negation.in(comma < 0 ? span : span.substring(comma))) return true;
        if (lang.negationClause == null) return false;
        Matcher c = CLAUSE_CLOSE.matcher(text);
        int close = c.find(end) ? c.start() : text.length();
        return lang.negationClause.matcher(text).region(start + Math.max(comma, 0), close).find();
    }

    /**
     * "home to TSMC, the largest contract chipmaker and a supplier of chips to Nvidia": an apposition after the slot
     * that begins the match describes it whatever the preposition before it.
     */
    private boolean apposed(SentenceState st, Matcher m) {
        if (lang.appositionStart == null) return false;
        int after = st.abstracted.indexOf('§', m.start() + 1) + 1;
        return after > 0 && lang.appositionStart.matcher(st.abstracted).region(after, st.abstracted.length()).lookingAt();
    }

    /** A subject right after "von", "with", "from"... is the object of that preposition, not a subject. */
    private boolean afterPreposition(SentenceState st, int absStart) {
        if (lang.preposition == null) return false;
        String before = st.abstracted.substring(Math.max(0, absStart - 30), absStart);
        return lang.preposition.matcher(before).find();
    }

    /** Could a rule fire on this sentence by its words: does it hold all required words of some rule? */
    static boolean someRuleHasItsWords(LanguageRules lang, WordSpans words) {
        boolean[] holds = new boolean[lang.wordGroupCount];
        for (int k = 0; k < words.size(); k++) {
            int[] gs = lang.wordGroups.get(words.lower(k));
            if (gs != null) for (int g : gs) holds[g] = true;
        }
        rules:
        for (int[] groups : lang.ruleWordGroups) {
            for (int g : groups) if (!holds[g]) continue rules;
            return true;
        }
        return false;
    }
}
