package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.PartialDate;

/**
 * Finds date expressions in a sentence and resolves them against the article's date, only as precise
 * as the text: "On August 26, 2022" is a day, "by July" a month of the article's year, "last October"
 * the most recent October before the article, "im vergangenen Jahr" the year before, "in the first
 * three months of 2025" the year 2025. Expressions are tried from the most to the least specific and
 * may not overlap.
 */
final class RelativeDateResolver {

    record DateMention(int start, int end, PartialDate date) {}

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3),
            Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("oktober", 10),
            Map.entry("dezember", 12), Map.entry("sept", 9));
    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Sept)";
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)";

    /** A date expression, with the lower-case words of which it needs one (a cheap test before the regex runs). */
    private record Rule(Pattern pattern, BiFunction<Matcher, PartialDate, PartialDate> resolve, List<String> needs, List<String> needsExact,
                        WordCue.PrefixIndex starts) {}

    /** The month names exactly as MONTH spells them: a rule with MONTH outside (?i) needs one of them, in this case. */
    private static final List<String> MONTH_NAMES = List.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Januar", "Jänner", "Februar", "März", "Mai", "Juni", "Juli", "Oktober",
            "Dezember", "Sept");

    private static final List<String> MONTH_WORDS = List.of("january", "januar", "jänner", "february", "februar", "march", "märz",
            "april", "may", "mai", "june", "juni", "july", "juli", "august", "sept", "october", "oktober", "november", "december", "dezember");
    private static final List<String> DIGITS = List.of("19", "20");

    private static final List<Rule> RULES = List.of(
            rule("\\b" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b",
                    (m, a) -> day(m.group("year"), m.group("month"), m.group("day"))),
            rule("\\b(?<day>\\d{1,2})\\.?\\s+" + MONTH + "\\s+" + YEAR + "\\b",
                    (m, a) -> day(m.group("year"), m.group("month"), m.group("day"))),
            rule("\\b" + MONTH + "\\s+(?:of\\s+)?" + YEAR + "\\b",
                    (m, a) -> PartialDate.ofMonth(Integer.parseInt(m.group("year")), month(m.group("month")))),
            rule("(?i)\\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th|ersten|zweiten|dritten|vierten|letzten)\\s+"
                            + "(?:quarter|half|three months|six months|nine months|Quartal|Halbjahr|drei Monaten|sechs Monaten)\\s+"
                            + "(?:of\\s+|des\\s+Jahres\\s+|)" + YEAR + "\\b",
                    (m, a) -> PartialDate.ofYear(Integer.parseInt(m.group("year")))),
            rule("(?i)\\b(?:im\\s+)?" + MONTH + "\\s+(?:des\\s+)?(?:letzten|vergangenen|Vorjahres)(?:\\s+Jahres)?\\b",
                    (m, a) -> PartialDate.ofMonth(a.year() - 1, month(m.group("month")))),
            rule("(?i)\\b(?:im\\s+)?" + MONTH + "\\s+(?:dieses|diesen|des\\s+laufenden)\\s+Jahres\\b",
                    (m, a) -> PartialDate.ofMonth(a.year(), month(m.group("month")))),
            rule("\\b(?i:last|past)\\s+" + MONTH + "\\b", (m, a) -> {
                int mo = month(m.group("month"));
                int am = a.month() == null ? 12 : a.month();
                return PartialDate.ofMonth(mo < am ? a.year() : a.year() - 1, mo);
            }),
            rule("\\b(?i:next)\\s+" + MONTH + "\\b", (m, a) -> {
                int mo = month(m.group("month"));
                int am = a.month() == null ? 0 : a.month();
                return PartialDate.ofMonth(mo > am ? a.year() : a.year() + 1, mo);
            }),
            rule("(?i)\\b(?:earlier\\s+this|this|later\\s+this|so\\s+far\\s+this)\\s+month\\b|\\b(?:diesen|in\\s+diesem|im\\s+laufenden|Anfang\\s+des|Anfang\\s+dieses)\\s+Monats?\\b",
                    (m, a) -> a.month() == null ? null : PartialDate.ofMonth(a.year(), a.month()), List.of("month", "monat")),
            rule("(?i)\\blast\\s+month\\b|\\bim\\s+(?:vergangenen|letzten|Vor)monat\\b|\\bvergangenen\\s+Monat\\b", (m, a) -> {
                if (a.month() == null) return null;
                return a.month() == 1 ? PartialDate.ofMonth(a.year() - 1, 12) : PartialDate.ofMonth(a.year(), a.month() - 1);
            }, List.of("month", "monat")),
            rule("(?i)\\b(?:(?:earlier|later)\\s+)?this\\s+year\\b|\\bso\\s+far\\s+this\\s+year\\b|\\b(?:im|des)\\s+laufenden\\s+Jahr(?:es)?\\b"
                            + "|\\bin\\s+diesem\\s+Jahr\\b|\\bdieses\\s+Jahr\\b|\\bdiesen\\s+Jahres\\b",
                    (m, a) -> PartialDate.ofYear(a.year()), List.of("year", "jahr")),
            rule("(?i)\\b(?:last|past)\\s+year\\b|\\b(?:im\\s+)?(?:vergangenen|letzten)\\s+Jahr(?:es)?\\b|\\b(?:vergangenes|letztes)\\s+Jahr\\b"
                            + "|\\b(?:im|des)\\s+Vorjahr(?:es)?\\b|\\ba\\s+year\\s+(?:ago|earlier)\\b",
                    (m, a) -> PartialDate.ofYear(a.year() - 1), List.of("year", "jahr")),
            rule("(?i)\\bnext\\s+year\\b|\\b(?:im\\s+)?(?:nächsten|kommenden)\\s+Jahr(?:es)?\\b|\\b(?:nächstes|kommendes)\\s+Jahr\\b|\\bdes\\s+nächsten\\s+Jahres\\b",
                    (m, a) -> PartialDate.ofYear(a.year() + 1), List.of("year", "jahr")),
            // "in November" in an article of June: news reports what happened, so a later month is last year's, unless the
            // sentence speaks of the future before it ("will take effect in November")
            rule("(?<!\\b(?i:will|would|shall|plans?|planned|expects?|expected|scheduled|due|set|aims?|intends?|from|until|by)\\b[^.;]{0,80})"
                            + "\\b(?i:in|since|early|late)\\s+" + MONTH + "\\b(?!\\s+\\d)",
                    (m, a) -> {
                        int mo = month(m.group("month"));
                        return PartialDate.ofMonth(a.month() != null && mo > a.month() ? a.year() - 1 : a.year(), mo);
                    }),
            // German seasons, quarters and the year's end without a year ("im Frühjahr", "im dritten Quartal", "bis
            // Jahresende"): the article's year, as a month alone is ("im Mai")
            rule("(?i)\\b(?:im|in\\s+diesem|diesen|seit\\s+dem|bis\\s+zum|ab\\s+dem)\\s+(?:(?:ersten|zweiten|dritten|vierten|letzten)\\s+Quartal|Frühjahr|Frühling|Sommer|Herbst|Winter)\\b(?!\\s+(?:des\\s+)?(?:Jahres\\s+)?(?:19|20)\\d\\d)"
                            + "|\\b(?:bis\\s+|zum\\s+|zu\\s+)?(?:Jahresende|Jahresanfang|Jahresbeginn)\\b|\\b(?:Ende|Anfang|Mitte)\\s+(?:des|dieses)\\s+Jahres\\b",
                    (m, a) -> PartialDate.ofYear(a.year()), List.of("quartal", "frühjahr", "frühling", "sommer", "herbst", "winter", "jahresende", "jahresanfang", "jahresbeginn", "jahres")),
            // English seasons, quarters and halves without a year ("in the spring", "this summer", "in the third quarter", "by
            // the end of the year"): the article's year, as the German ones
            rule("(?i)\\b(?:in\\s+the|this|earlier\\s+this|later\\s+this|since\\s+the|by\\s+the|during\\s+the)\\s+(?:spring|summer|autumn|fall|winter|(?:first|second|third|fourth|final)\\s+(?:quarter|half))\\b(?!\\s+of\\s+(?:(?:19|20)\\d\\d|next|last|the))"
                            + "|\\bby\\s+(?:the\\s+)?(?:end\\s+of\\s+the\\s+year|year-end|year's\\s+end)\\b",
                    (m, a) -> PartialDate.ofYear(a.year()), List.of("spring", "summer", "autumn", "fall", "winter", "quarter", "half", "year")),
            // a month alone needs a preposition before it: "May" and "March" are also words
            rule("\\b(?i:in|by|since|until|from|before|after|as\\s+early\\s+as|early|late|mid-|im|bis|seit|ab|vor|nach|Anfang|Ende|Mitte|bis\\s+Ende)\\s+" + MONTH + "\\b(?!\\s+\\d)",
                    (m, a) -> {
                        int mo = month(m.group("month"));
                        return PartialDate.ofMonth(a.year(), mo);
                    }),
            rule("(?<![\\p{L}\\p{N}$€.,-])" + YEAR + "(?![\\p{N}.,]\\d|\\s*(?:nm|%)|-nm|[\\p{L}])",
                    (m, a) -> PartialDate.ofYear(Integer.parseInt(m.group("year")))));

    private static Rule rule(String regex, BiFunction<Matcher, PartialDate, PartialDate> f) {
        return rule(regex, f, regex.contains("(?<year>") ? DIGITS : regex.contains("(?<month>") ? MONTH_WORDS : List.of());
    }

    private static Rule rule(String regex, BiFunction<Matcher, PartialDate, PartialDate> f, List<String> needs) {
        // MONTH is case-sensitive unless the whole regex is (?i): then the text must hold a month name as spelt
        List<String> exact = !regex.startsWith("(?i)") && regex.contains("(?<month>") ? MONTH_NAMES : List.of();
        String[] starts = WordCue.prefixes(regex);
        return new Rule(Pattern.compile(regex), f, needs, exact, starts == null ? null : new WordCue.PrefixIndex(starts));
    }

    private RelativeDateResolver() {}

    /** Does {@code text} hold a date expression ("Monday", "March 2024")? */
    static boolean isDate(String text) {
        // any anchor will do: only whether an expression is found matters, not the date it resolves to
        return !find(text, PartialDate.ofYear(2000)).isEmpty();
    }

    static List<DateMention> find(String text, PartialDate articleDate) {
        List<DateMention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int[] starts = null;
        for (Rule r : RULES) {
            if (!r.needs.isEmpty() && !containsAny(lower, r.needs)) continue;
            if (!r.needsExact.isEmpty() && !containsAny(text, r.needsExact)) continue;
            if (starts == null) starts = wordStarts(text);
            Matcher m = r.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            // every expression begins where a word or number begins: the regex is tried there only, which
            // gives the matches find() would, in the same order
            int next = 0;
            for (int at : starts) {
                if (at < next || (r.starts != null && !r.starts.startsAt(text, at))) continue;
                m.region(at, text.length());
                if (!m.lookingAt()) continue;
                next = m.end();
                if (overlaps(taken, m.start(), m.end())) continue;
                PartialDate d;
                try {
                    d = r.resolve.apply(m, articleDate);
                } catch (IllegalArgumentException e) {
                    d = null;
                }
                if (d == null) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                out.add(new DateMention(m.start(), m.end(), d));
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    /** Positions where a letter or digit follows something else (or the start). */
    private static int[] wordStarts(String text) {
        int[] out = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) continue;
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean overlaps(boolean[] taken, int a, int b) {
        for (int i = a; i < b; i++) if (taken[i]) return true;
        return false;
    }

    private static int month(String name) {
        Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT));
        if (m == null) throw new IllegalArgumentException("not a month: " + name);
        return m;
    }

    private static PartialDate day(String y, String mo, String d) {
        return PartialDate.ofDay(Integer.parseInt(y), month(mo), Integer.parseInt(d));
    }
}
