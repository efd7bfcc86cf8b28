package org.chipgraph.query;

import java.io.PrintStream;
import java.util.List;

/** A plain-text table with aligned columns, cells cut to a maximum width. */
public final class TextTable {
    private TextTable() {}

    public static void print(List<String> header, List<List<String>> rows, PrintStream out, int maxWidth) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) w[i] = header.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], Math.min(maxWidth, cell(r, i).length()));
        StringBuilder sep = new StringBuilder("+");
        for (int x : w) sep.append("-".repeat(x + 2)).append('+');
        out.println(sep);
        out.println(line(header, w, maxWidth));
        out.println(sep);
        for (List<String> r : rows) out.println(line(r, w, maxWidth));
        out.println(sep);
    }

    private static String cell(List<String> r, int i) {
        return i < r.size() && r.get(i) != null ? r.get(i).replaceAll("\\s+", " ") : "";
    }

    private static String line(List<String> r, int[] w, int maxWidth) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < w.length; i++) {
            String c = cell(r, i);
            if (c.length() > maxWidth) c = c.substring(0, maxWidth - 1) + "…";
            b.append(' ').append(c).append(" ".repeat(w[i] - c.length())).append(" |");
        }
        return b.toString();
    }
}
