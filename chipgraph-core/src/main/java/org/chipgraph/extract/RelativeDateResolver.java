package org.chipgraph.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private static final CalendarWords CALENDAR = CalendarWords.STANDARD;
    private static final String MONTH = CALENDAR.group(CalendarWords.Kind.MONTH, "month");
    private static final String WEEKDAY = CALENDAR.group(CalendarWords.Kind.WEEKDAY, "weekday");
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)";

    /** A date expression, with the lower-case words of which it needs one (a cheap test before the regex runs). */
    private record Rule(Pattern pattern, BiFunction<Matcher, PartialDate, PartialDate> resolve, List<String> needs, List<String> needsExact,
                        WordCue.PrefixIndex starts) {}

    /** The month names exactly as MONTH spells them: a rule with MONTH outside (?i) needs one of them, in this case. */
    private static final List<String> MONTH_NAMES = CALENDAR.names(CalendarWords.Kind.MONTH);
    private static final List<String> MONTH_WORDS = CALENDAR.lowerNames(CalendarWords.Kind.MONTH);
    private static final List<String> WEEKDAY_NAMES = CALENDAR.names(CalendarWords.Kind.WEEKDAY);
    /** Words before a weekday that put it after the article ("will vote on Friday", "soll am Montag"). */
    private static final String FUTURE_BEFORE = "(?<=\\b(?i:will|would|shall|plans?|planned|expects?|expected|scheduled|due|set|aims?|intends?|wird|werden|soll|sollen|will|wollen)\\b[^.;]{0,80})";
    /** A weekday not followed by its date ("Thursday, March 12": that date is read instead). */
    private static final String WEEKDAY_ALONE = WEEKDAY + "\\b(?!,?\\s+(?:\\d|\\p{Lu}\\p{Ll}+\\.?\\s+\\d))";
    private static final List<String> DIGITS = List.of("19", "20");

    private static final List<Rule> RULES = List.of(
            rule("\\b" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b",
                    (m, a) -> day(m.group("year"), m.group("month"), m.group("day"))),
            rule("\\b(?<day>\\d{1,2})\\.?\\s+" + MONTH + "\\s+" + YEAR + "\\b",
                    (m, a) -> day(m.group("year"), m.group("month"), m.group("day"))),
            // German day and month without a year ("ab dem 1. Juli", "seit dem 15. März"): the article's year; a later month than
            // the article's is last year's, unless the future or "ab"/"bis" stands before it (as "im Mai" below)
            atNumbers(rule("(?<=\\b(?i:ab|bis|zum|wird|werden|soll|sollen|plant|geplant)\\b[^.;]{0,80})\\b(?<day>\\d{1,2})\\.\\s+" + MONTH + "\\b(?!\\s+\\d)",
                    (m, a) -> day(String.valueOf(a.year()), m.group("month"), m.group("day")))),
            atNumbers(rule("\\b(?<day>\\d{1,2})\\.\\s+" + MONTH + "\\b(?!\\s+\\d)", (m, a) -> {
                int mo = month(m.group("month"));
                return day(String.valueOf(a.month() != null && mo > a.month() ? a.year() - 1 : a.year()), m.group("month"), m.group("day"));
            })),
            // English month and day without a year ("on January 13", "since March 3"): the article's year; a later month than
            // the article's is last year's, unless the future or "from"/"until" stands before it (as the German form above)
            rule("(?<=\\b(?i:will|would|shall|plans?|planned|expects?|expected|scheduled|due|from|until|by|effective)\\b[^.;]{0,80})\\b"
                            + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+(?:19|20)\\d\\d)(?![.,:]?\\d)",
                    (m, a) -> day(String.valueOf(a.year()), m.group("month"), m.group("day"))),
            rule("\\b" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+(?:19|20)\\d\\d)(?![.,:]?\\d)", (m, a) -> {
                int mo = month(m.group("month"));
                return day(String.valueOf(a.month() != null && mo > a.month() ? a.year() - 1 : a.year()), m.group("month"), m.group("day"));
            }),
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
            // German puts the future's verbs after the month too ("soll im Dezember ausgeliefert werden")
            rule("(?<!\\b(?i:will|would|shall|plans?|planned|expects?|expected|scheduled|due|set|aims?|intends?|from|until|by"
                            + "|wird|werden|soll|sollen|plant|geplant|ab|bis)\\b[^.;]{0,80})"
                            + "\\b(?i:in|since|early|late|im|seit)\\s+" + MONTH + "\\b(?!\\s+\\d)(?![^.;]{0,60}\\b(?:werden|wird|soll|sollen|geplant)\\b)",
                    (m, a) -> {
                        int mo = month(m.group("month"));
                        return PartialDate.ofMonth(a.month() != null && mo > a.month() ? a.year() - 1 : a.year(), mo);
                    }),
            // "im vergangenen Herbst", "seit dem letzten Sommer": the last such season that has ended by the article's month
            rule("(?i)\\b(?:vergangenen|letzten)\\s+(?<season>Frühjahr|Frühling|Sommer|Herbst)\\b", (m, a) -> {
                int end = switch (m.group("season").toLowerCase(Locale.ROOT)) { case "sommer" -> 8; case "herbst" -> 11; default -> 5; };
                return PartialDate.ofYear(a.month() != null && a.month() > end ? a.year() : a.year() - 1);
            }, List.of("frühjahr", "frühling", "sommer", "herbst")),
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
            // "on Thursday", "am Dienstag": the weekday of the article's week (an article dated to the day only); "next
            // Monday" or one after "will" the first such day after the article, else the last on or before it
            rule("\\b(?i:next|coming|kommenden|nächsten|am\\s+kommenden|am\\s+nächsten)\\s+" + WEEKDAY_ALONE,
                    (m, a) -> weekday(a, m.group("weekday"), true), List.of(), WEEKDAY_NAMES),
            rule(FUTURE_BEFORE + "\\b(?:(?i:on|am)\\s+)?" + WEEKDAY_ALONE,
                    (m, a) -> weekday(a, m.group("weekday"), true), List.of(), WEEKDAY_NAMES),
            rule("\\b(?:(?i:on|am|last|this\\s+past|vergangenen|letzten|am\\s+vergangenen|am\\s+letzten)\\s+)?" + WEEKDAY_ALONE,
                    (m, a) -> weekday(a, m.group("weekday"), false), List.of(), WEEKDAY_NAMES),
            // "last week", "this week": the month of the week's middle day; "yesterday": the day before
            rule("(?i)\\b(?:last|past)\\s+week\\b|\\b(?:in\\s+der\\s+)?(?:vergangenen|letzten)\\s+Woche\\b|\\b(?:vergangene|letzte)\\s+Woche\\b|\\bVorwoche\\b",
                    (m, a) -> week(a, -1), List.of("week", "woche")),
            rule("(?i)\\b(?:earlier\\s+)?this\\s+week\\b|\\b(?:in\\s+)?dieser\\s+Woche\\b|\\bdiese\\s+Woche\\b|\\bAnfang\\s+der\\s+Woche\\b",
                    (m, a) -> week(a, 0), List.of("week", "woche")),
            rule("(?i)\\byesterday\\b|\\bgestern\\b", (m, a) -> days(a, -1), List.of("yesterday", "gestern")),
            rule("(?<![\\p{L}\\p{N}$€.,-])" + YEAR + "(?![\\p{N}.,]\\d|\\s*(?:nm|%)|-nm|[\\p{L}])",
                    (m, a) -> PartialDate.ofYear(Integer.parseInt(m.group("year")))));

    private static Rule rule(String regex, BiFunction<Matcher, PartialDate, PartialDate> f) {
        return rule(regex, f, regex.contains("(?<year>") ? DIGITS : regex.contains("(?<month>") ? MONTH_WORDS : List.of());
    }

    private static Rule rule(String regex, BiFunction<Matcher, PartialDate, PartialDate> f, List<String> needs) {
        // MONTH is case-sensitive unless the whole regex is (?i): then the text must hold a month name as spelt
        return rule(regex, f, needs, !regex.startsWith("(?i)") && regex.contains("(?<month>") ? MONTH_NAMES : List.of());
    }

    private static Rule rule(String regex, BiFunction<Matcher, PartialDate, PartialDate> f, List<String> needs, List<String> needsExact) {
        String[] starts = WordCue.prefixes(regex);
        return new Rule(Pattern.compile(regex), f, needs, needsExact, starts == null ? null : new WordCue.PrefixIndex(starts));
    }

    /** The rule tried only where a number begins (its match opens with the day's number, after a look-behind tried at every word before). */
    private static Rule atNumbers(Rule r) {
        return new Rule(r.pattern(), r.resolve(), r.needs(), r.needsExact(), new WordCue.PrefixIndex(new String[] {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}));
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
        String lower = text.toLowerCase(Locale.ROOT);
        int[] starts = null;
        // rules share their lists of needed words (the months, "19" and "20"): each list is looked for once a sentence
        java.util.Map<List<String>, Boolean> held = new java.util.IdentityHashMap<>(), heldExact = new java.util.IdentityHashMap<>();
        for (Rule r : RULES) {
            if (!r.needs.isEmpty() && !held.computeIfAbsent(r.needs, w -> containsAny(lower, w))) continue;
            if (!r.needsExact.isEmpty() && !heldExact.computeIfAbsent(r.needsExact, w -> containsAny(text, w))) continue;
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

    private static int month(String name) { return CALENDAR.number(CalendarWords.Kind.MONTH, name); }

    /** The article's day, or null when it is dated only to the month or year: then no weekday can be placed. */
    private static LocalDate dayOf(PartialDate a) {
        return a.day() == null ? null : LocalDate.of(a.year(), a.month(), a.day());
    }

    /** The first such weekday after the article's day ({@code after}), else the last on or before it. */
    private static PartialDate weekday(PartialDate a, String name, boolean after) {
        LocalDate d = dayOf(a);
        if (d == null) return null;
        int w = CALENDAR.number(CalendarWords.Kind.WEEKDAY, name);
        int shift = after ? Math.floorMod(w - d.getDayOfWeek().getValue() - 1, 7) + 1 : -Math.floorMod(d.getDayOfWeek().getValue() - w, 7);
        LocalDate t = d.plusDays(shift);
        return PartialDate.ofDay(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
    }

    /** The day {@code offset} days from the article's. */
    private static PartialDate days(PartialDate a, int offset) {
        LocalDate d = dayOf(a);
        if (d == null) return null;
        LocalDate t = d.plusDays(offset);
        return PartialDate.ofDay(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
    }

    /**
     * The month of last week ({@code offset} -1) or of this week so far (0): a week may span two months, so the month of
     * its middle day (ISO's rule for a whole week: its Thursday).
     */
    private static PartialDate week(PartialDate a, int offset) {
        LocalDate d = dayOf(a);
        if (d == null) return null;
        LocalDate start = d.minusDays(d.getDayOfWeek().getValue() - 1L).plusWeeks(offset);
        LocalDate end = offset < 0 ? start.plusDays(6) : d;
        LocalDate middle = start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
        return PartialDate.ofMonth(middle.getYear(), middle.getMonthValue());
    }

    private static PartialDate day(String y, String mo, String d) {
        return PartialDate.ofDay(Integer.parseInt(y), month(mo), Integer.parseInt(d));
    }
}
