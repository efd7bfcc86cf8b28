package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.chipgraph.error.InputError;
import org.chipgraph.source.BundledFiles;

/**
 * The currencies of patterns/currencies.tsv: the markers written before and after a number ("NT$", "yen") and the ISO
 * code each stands for, as the regex groups {@code pre} and {@code post} of {@link QuantityParser}'s amounts.
 */
final class Currencies {
    /** The regex of a marker before the number, group "pre" (a marker ending in a letter may have a space after it). */
    final String prefix;
    /** The regex of a marker after the number, group "post", optional, with the space before it. */
    final String suffix;
    /** Lower-case first words of the markers that begin with a letter, where an amount may begin. */
    final List<String> letterStarts = new ArrayList<>();
    /** The first characters of the markers that begin with a symbol ("$", "€", "¥"). */
    final String symbolStarts;
    private final Map<String, String> codes = new HashMap<>();

    static final Currencies STANDARD = load();

    private static Currencies load() {
        var file = BundledFiles.find("patterns/currencies.tsv")
                .orElseThrow(() -> new InputError("patterns/currencies.tsv: missing, expected the currencies of money amounts"));
        return new Currencies(file.origin(), file.text());
    }

    Currencies(String origin, String text) {
        List<String> pre = new ArrayList<>(), post = new ArrayList<>();
        StringBuilder symbols = new StringBuilder();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = l.split("\t", -1);
            if (f.length != 3 || !f[0].strip().matches("[A-Z]{3}")) {
                throw new InputError(origin + ":" + (i + 1) + ": expected an ISO currency code<TAB>markers before the number<TAB>markers after it, got \"" + l + "\"");
            }
            String code = f[0].strip();
            for (String m : markers(f[1])) {
                pre.add(m);
                codes.put(m.toLowerCase(Locale.ROOT), code);
                if (Character.isLetter(m.charAt(0))) letterStarts.add(m.split("[^\\p{L}]")[0].toLowerCase(Locale.ROOT));
                else if (symbols.indexOf(m.substring(0, 1)) < 0) symbols.append(m.charAt(0));
            }
            for (String m : markers(f[2])) {
                post.add(m);
                codes.put(m.toLowerCase(Locale.ROOT), code);
            }
        }
        symbolStarts = symbols.toString();
        prefix = "(?<pre>" + alternation(pre, true) + ")";
        suffix = "(?:\\s*(?<post>" + alternation(post, false) + "))?";
    }

    private static List<String> markers(String field) {
        List<String> out = new ArrayList<>();
        for (String m : field.split("\\|")) if (!m.isBlank()) out.add(m.strip());
        return out;
    }

    /** Longest first, so "NT$" is tried before "$"; a prefix ending in a letter or a dot may have a space after it. */
    private static String alternation(List<String> markers, boolean prefix) {
        List<String> sorted = new ArrayList<>(markers);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> out = new ArrayList<>();
        for (String m : sorted) {
            char last = m.charAt(m.length() - 1);
            out.add(Pattern.quote(m) + (prefix && (Character.isLetter(last) || last == '.') ? "\\s?" : ""));
        }
        return String.join("|", out);
    }

    /** The ISO code of a marker as matched ("NT$", "Yen", "USD "), USD when unknown. */
    String code(String marker) {
        return codes.getOrDefault(marker.strip().toLowerCase(Locale.ROOT), "USD");
    }
}
