package org.chipgraph.source;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.PartialDate;

/** Finds an article's publication date in its first lines when no header gives it. */
final class DateLineFinder {
    private DateLineFinder() {}

    private static final int LINES = 5;
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3),
            Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("oktober", 10),
            Map.entry("dezember", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("dez", 12));
    private static final String MONTH = "(\\p{L}{3,9})\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\.?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");

    static Optional<PartialDate> find(String body, String lang) {
        String[] lines = body.strip().split("\n", LINES + 1);
        for (int i = 0; i < Math.min(LINES, lines.length); i++) {
            Optional<PartialDate> d = inLine(lines[i]);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    static Optional<PartialDate> inLine(String line) {
        Matcher m = ISO.matcher(line);
        if (m.find()) return day(m.group(1), m.group(2), m.group(3));
        m = DAY_MONTH_YEAR.matcher(line);
        while (m.find()) {
            Integer mo = MONTHS.get(m.group(2).toLowerCase());
            if (mo != null) return day(m.group(3), mo.toString(), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(line);
        while (m.find()) {
            Integer mo = MONTHS.get(m.group(1).toLowerCase());
            if (mo != null) return day(m.group(3), mo.toString(), m.group(2));
        }
        m = DOTTED.matcher(line);
        if (m.find()) return day(m.group(3), m.group(2), m.group(1));
        return Optional.empty();
    }

    private static Optional<PartialDate> day(String y, String m, String d) {
        try {
            return Optional.of(PartialDate.ofDay(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
