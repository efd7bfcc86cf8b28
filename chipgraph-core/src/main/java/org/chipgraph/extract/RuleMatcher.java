package org.chipgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.chipgraph.fact.Relation;

/**
 * Applies the language's relation rules to a rendered sentence: each rule only where the sentence has the mention kinds
 * and words it needs, at the placeholders or words it can begin with; a match whose subject follows a preposition, or
 * whose clause is negated, gives nothing.
 */
final class RuleMatcher {
    private final NewsExtractor.LanguageRules lang;
    private final FactBuilder facts;

    RuleMatcher(NewsExtractor.LanguageRules lang, FactBuilder facts) {
        this.lang = lang;
        this.facts = facts;
    }

    /** Relations whose subject is the doer of a verb, which a preposition before it rules out. */
    private static final Set<Relation> AGENT_RELATIONS = Set.of(Relation.ORDERS, Relation.BUYS, Relation.RECEIVES,
            Relation.SUPPLIES, Relation.SPENDS, Relation.MAKES, Relation.FABRICATES, Relation.DENIES);


    private static final boolean DEBUG = System.getenv("CHIPGRAPH_EXTRACT_DEBUG") != null;

    /** The rules' matchers, reused across the sentences of this article (an ArticleRun belongs to one thread). */
    private Matcher[] matchers;

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
        WordSpans words = WordSpans.of(st.abstracted);
        for (int k = 0; k < words.size(); k++) {
            int[] gs = lang.wordGroups.get(words.lower(k));
            if (gs != null) for (int g : gs) { groupHolds[g] = true; groupLast[g] = words.start(k); }
        }
        List<PatternFile.Rule> all = lang.file.rules;
        if (matchers == null) matchers = new Matcher[all.size()];
        rules:
        for (int ri = 0; ri < all.size(); ri++) {
            PatternFile.Rule rule = all.get(ri);
            long[] masks = lang.ruleKindMasks[ri];
            if (masks != null) {
                for (long km : masks) if ((km & presentMask) == 0) continue rules;
            } else if (!rule.possible(present)) continue;
            for (int g : lang.ruleWordGroups[ri]) if (!groupHolds[g]) continue rules;
            Matcher m = matchers[ri] == null ? (matchers[ri] = rule.pattern().matcher(st.abstracted)) : matchers[ri].reset(st.abstracted);
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
                    if (!m.lookingAt()) continue;
                    onMatch(st, index, rule, m);
                }
            }
        }
    }

    /** A rule matched: checks the match's context (preposition, negation) and emits its fact. */
    private void onMatch(SentenceState st, int index, PatternFile.Rule rule, Matcher m) {
        Mention subj = rule.hasSubject() ? st.mentions.get(Integer.parseInt(m.group("s"))) : null;
        Mention obj = rule.hasObject() ? st.mentions.get(Integer.parseInt(m.group("o"))) : null;
        if (AGENT_RELATIONS.contains(rule.relation()) && startsWithPlainSlot(st, m, subj, obj) && afterPreposition(st, m.start())) return;
        if (!rule.options().contains("neg-ok") && negated(st.abstracted.substring(m.start(), m.end()))) return;
        if (DEBUG) System.err.println("   " + rule.origin() + " " + rule.relation() + " <" + m.group() + ">");
        facts.emit(st, index, rule, m, subj, obj, attribution(st));
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

    /** Negation counts in the clause that holds the end of the match: after the match's last comma. */
    private boolean negated(String span) {
        if (lang.negation == null) return false;
        int comma = span.lastIndexOf(", ");
        return lang.negation.in(comma < 0 ? span : span.substring(comma));
    }

    /** A subject right after "von", "with", "from"... is the object of that preposition, not a subject. */
    private boolean afterPreposition(SentenceState st, int absStart) {
        if (lang.preposition == null) return false;
        String before = st.abstracted.substring(Math.max(0, absStart - 30), absStart);
        return lang.preposition.matcher(before).find();
    }
}
