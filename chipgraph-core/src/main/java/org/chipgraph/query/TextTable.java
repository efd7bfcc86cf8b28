package org.chipgraph.query;

import java.io.PrintStream;
import java.util.List;

/** A plain-text table with aligned columns, cells cut to a maximum width. */
public final class TextTable {
    private TextTable() {}

    public static void print(List<String> header, List<List<String>> rows, PrintStream out, int maxWidth) {
        out.print(render(header, rows, maxWidth));
    }

    /** The table as text, one line per row between rules, each line ended by the platform's line separator. */
    public static String render(List<String> header, List<List<String>> rows, int maxWidth) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) w[i] = header.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], Math.min(maxWidth, cell(r, i).length()));
        StringBuilder sep = new StringBuilder("+");
        for (int x : w) sep.append("-".repeat(x + 2)).append('+');
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(sep).append(nl).append(line(header, w, maxWidth)).append(nl).append(sep).append(nl);
        for (List<String> r : rows) out.append(line(r, w, maxWidth)).append(nl);
        return out.append(sep).append(nl).toString();
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
