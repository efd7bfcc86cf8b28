package org.chipgraph.extract;

import java.util.regex.Matcher;
import org.chipgraph.fact.Money;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.fact.Quantity;

/** What a rule match's clause holds besides its slots: a quantity, money, a date, the text of a denial. */
final class ClauseContext {
    private final LanguageRules lang;

    ClauseContext(LanguageRules lang) { this.lang = lang; }

    /** Where to look: after the match up to the next clause break, inside the match after its last break, before it in its clause. */
    private int[] regions(SentenceState st, int ms, int me) {
        int insideStart = ms, afterEnd = st.text.length(), clauseStart = 0;
        int[] breaks = clauseBreaks(st);
        for (int k = 0; k < breaks.length; k += 2) {
            int bs = breaks[k], be = breaks[k + 1];
            if (be <= ms) clauseStart = be;
            else if (bs >= ms && be <= me) insideStart = be;
            // a break right after the match ("erhielt jedoch bis Juli ...") opens the clause the match belongs to
            else if (bs >= me && (bs > me + 2 || !st.text.substring(me, bs).isBlank())) { afterEnd = bs; break; }
        }
        return new int[] {clauseStart, insideStart, me, afterEnd};
    }

    /** The sentence's clause breaks as start, end pairs; found once per sentence. */
    private int[] clauseBreaks(SentenceState st) {
        if (st.clauseBreaks == null) {
            int[] b = new int[0];
            if (lang.clauseBreak != null) {
                for (Matcher m = lang.clauseBreak.first(st.words); m != null; m = lang.clauseBreak.next(m, st.words) ? m : null) {
                    b = java.util.Arrays.copyOf(b, b.length + 2);
                    b[b.length - 2] = m.start();
                    b[b.length - 1] = m.end();
                }
            }
            st.clauseBreaks = b;
        }
        return st.clauseBreaks;
    }

    Quantity quantity(SentenceState st, int ms, int me) {
        int[] r = regions(st, ms, me);
        for (QuantityParser.Amount a : st.amounts) if (a.start() >= r[2] && a.end() <= r[3]) return a.quantity();
        for (QuantityParser.Amount a : st.amounts) if (a.start() >= r[1] && a.end() <= r[2]) return a.quantity();
        return null;
    }

    Money money(SentenceState st, Matcher m, int ms, int me) {
        for (int i = m.start(); i < m.end(); i++) {
            if (st.abstracted.charAt(i) == '§' && i + 1 < st.abstracted.length() && st.abstracted.charAt(i + 1) == 'M') {
                int j = st.abstracted.indexOf('§', i + 1);
                Mention mm = st.mentions.get(Integer.parseInt(st.abstracted.substring(i + 2, j)));
                return (Money) mm.payload();
            }
        }
        int[] r = regions(st, ms, me);
        for (Mention mm : st.mentions) if (mm.kind() == MentionKind.MONEY && mm.start() >= r[1] && mm.end() <= r[3]) return (Money) mm.payload();
        return null;
    }

    PartialDate date(SentenceState st, int ms, int me) {
        int[] r = regions(st, ms, me);
        for (var d : st.dates) if (d.start() >= r[2] && d.end() <= r[3]) return d.date();
        for (var d : st.dates) if (d.start() >= r[1] && d.end() <= r[2]) return d.date();
        RelativeDateResolver.DateMention before = null;
        for (var d : st.dates) if (d.start() >= r[0] && d.end() <= r[1]) before = d;
        return before == null ? null : before.date();
    }

    /** The short text of what was denied: the rule's "text" group with placeholders turned back into words. */
    static String deniedText(SentenceState st, Matcher m) {
        int a, b;
        try {
            a = m.start("text");
            b = m.end("text");
        } catch (IllegalArgumentException e) {
            a = -1;
            b = -1;
        }
        if (a < 0) return "the report";
        String t = st.text.substring(st.toText[a], st.toText[b]).strip();
        t = t.replaceAll("^(?i)(?:that|dass|den|die|das|the|a|an|any|eine?n?|no|kein\\w*)\\s+", "");
        t = t.replaceAll("[,.;:\"”“]+$", "").strip();
        if (t.length() > 80) t = t.substring(0, 80).replaceAll("\\s+\\S*$", "");
        return t.isEmpty() ? "the report" : t;
    }
}
