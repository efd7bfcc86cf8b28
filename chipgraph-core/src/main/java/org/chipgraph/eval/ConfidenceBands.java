package org.chipgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Confidence bands of a facts table, to see whether confidence reflects the evidence (issue 12): the precision of each
 * band, not only of everything above a threshold, should rise from the lowest band to the highest.
 */
public final class ConfidenceBands {
    /** The bands' lower bounds, highest first; each band runs up to the next higher bound (the top one up to 1). */
    public static final double[] LOWER_BOUNDS = {0.8, 0.7, 0.6, 0.5, 0.0};

    /** One band: [low, high) (the top band includes 1) and its rows. */
    public record Band<T>(double low, double high, List<T> rows) {
        /** "0.6-0.7", "0.8-1.0". */
        public String label() { return String.format(java.util.Locale.ROOT, "%.1f-%.1f", low, high); }
    }

    private static final java.util.regex.Pattern PRECISION = java.util.regex.Pattern.compile("\\bP=([0-9.]+)");

    private ConfidenceBands() {}

    /** The rows split by confidence into the bands of {@link #LOWER_BOUNDS}, highest band first. */
    public static <T> List<Band<T>> split(List<T> rows, ToDoubleFunction<T> confidence) {
        List<Band<T>> out = new ArrayList<>();
        double high = 1.0;
        for (double low : LOWER_BOUNDS) {
            double top = high;
            boolean first = out.isEmpty();
            List<T> in = rows.stream().filter(r -> {
                double c = confidence.applyAsDouble(r);
                return c >= low && (first ? c <= top : c < top);
            }).toList();
            out.add(new Band<>(low, top, in));
            high = low;
        }
        return out;
    }

    /** The precision "P=0.912" from the scorer's summary line ("P=0.912 R=0.700 F1=0.792"), or "P=-" when it has none. */
    public static String precision(String summaryLine) {
        var m = PRECISION.matcher(summaryLine);
        return m.find() ? "P=" + m.group(1) : "P=-";
    }
}
