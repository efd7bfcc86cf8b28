package org.chipgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.source.Article;

/**
 * When the measure a control mention speaks of dates from, by the words near it: the nearest date of the sentence that
 * no other control mention is nearer to ("since October 2022" marks a measure in force since then), a day of the
 * article's week ("on Wednesday": the article's date), or "since then" (the measure of the sentence before).
 */
final class ControlDates {
    /** How far (characters) a cue may stand from its control mention. */
    private static final int CUE_REACH = 60;
    /** A month alone or after "in", "im", "since", "seit" (not "from", "ab", "by": those may look ahead). */
    private static final Pattern PAST_MONTH = Pattern.compile("(?i)(?:(?:in|im|since|seit|last|letzten|vergangenen)\\s+)?\\p{L}+\\.?");

    private final Article article;
    private final LanguageRules lang;

    ControlDates(Article article, LanguageRules lang) {
        this.article = article;
        this.lang = lang;
    }

    /** A date of the text near a control mention, and whether "since" leads it (a measure in force since then). */
    record DateNear(PartialDate date, boolean since) {}

    /**
     * The date of a fact about a control: the control's own date, or the text's when that is finer and falls within it
     * ("on Wednesday widened its export controls": the day, inside the measure's month); a list's, being undated, is the
     * text's (the day a company was listed).
     */
    static PartialDate factDate(PartialDate control, PartialDate text) {
        if (control == null || text == null) return control == null ? text : control;
        boolean within = text.year() == control.year() && (control.month() == null || control.month().equals(text.month()));
        return within && text.precision().compareTo(control.precision()) > 0 ? text : control;
    }

    /** Characters between two spans (0 when they overlap). */
    static int distance(int a1, int b1, int a2, int b2) {
        if (b1 <= a2) return a2 - b1;
        if (b2 <= a1) return a1 - b2;
        return 0;
    }

    /** "since then", "seither" near the control: it points back to the measure of the sentence before. */
    boolean sinceThen(SentenceState st, Mention m) { return cueNear(lang.sinceThen, st, m); }

    /** "on Wednesday", "am Dienstag": a day of the article's week near the control dates it to the article. */
    boolean takenNow(SentenceState st, Mention m) { return cueNear(lang.controlNow, st, m); }

    private static boolean cueNear(Pattern cue, SentenceState st, Mention m) {
        if (cue == null) return false;
        Matcher n = cue.matcher(st.text);
        while (n.find()) if (distance(n.start(), n.end(), m.start(), m.end()) <= CUE_REACH) return true;
        return false;
    }

    /**
     * The date nearest to a control mention within {@code within} characters; when {@code exclusive}, only if no other
     * control mention of the sentence is nearer to that date.
     */
    DateNear nearestDate(SentenceState st, Mention m, int within, boolean exclusive) {
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
        PartialDate when = best.date();
        PartialDate a = article.date();
        // "im Dezember" in an article of January: a month after the article's, without a year, is last year's (unless planned: "will take effect in November")
        if (a != null && a.month() != null && when.month() != null && when.year() == a.year() && when.month() > a.month()
                && PAST_MONTH.matcher(st.text.substring(best.start(), best.end())).matches()
                && (lang.planned == null || !lang.planned.in(st.text))) {
            when = PartialDate.ofMonth(when.year() - 1, when.month());
        }
        boolean since = lang.sinceBefore != null && lang.sinceBefore.matcher(st.text).region(Math.max(0, best.start() - 20), best.start()).find();
        return new DateNear(when, since);
    }
}
