package org.chipgraph.fact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date only as precise as the text gave it: a year, a year and month, or a full day. */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public PartialDate {
        if (year < 1000 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month == null && day != null) throw new IllegalArgumentException("a day needs a month");
        if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException("month out of range: " + month);
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day);
            }
        }
    }

    public static PartialDate ofYear(int y) { return new PartialDate(y, null, null); }
    public static PartialDate ofMonth(int y, int m) { return new PartialDate(y, m, null); }
    public static PartialDate ofDay(int y, int m, int d) { return new PartialDate(y, m, d); }

    /** Parses 2024, 2024-07 or 2024-07-05; throws IllegalArgumentException naming what was expected. */
    public static PartialDate parse(String s) {
        Matcher m = ISO.matcher(s.trim());
        if (!m.matches()) throw new IllegalArgumentException("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got '" + s + "'");
        int y = Integer.parseInt(m.group(1));
        Integer mo = m.group(2) == null ? null : Integer.parseInt(m.group(2));
        Integer d = m.group(3) == null ? null : Integer.parseInt(m.group(3));
        return new PartialDate(y, mo, d);
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** XSD datatype local name for this precision: gYear, gYearMonth or date. */
    public String xsdType() {
        return switch (precision()) { case YEAR -> "gYear"; case MONTH -> "gYearMonth"; case DAY -> "date"; };
    }

    @Override
    public String toString() {
        // by hand, not String.format: every dated fact's literal is written through here
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (precision() != Precision.YEAR) pad(sb.append('-'), month, 2);
        if (precision() == Precision.DAY) pad(sb.append('-'), day, 2);
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        if (value < 0) sb.append('-');
        for (int i = digits.length(); i < width; i++) sb.append('0');
        sb.append(digits);
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c != 0) return c;
        c = Integer.compare(month == null ? 0 : month, o.month == null ? 0 : o.month);
        if (c != 0) return c;
        return Integer.compare(day == null ? 0 : day, o.day == null ? 0 : o.day);
    }

    public enum Precision { YEAR, MONTH, DAY }
}
