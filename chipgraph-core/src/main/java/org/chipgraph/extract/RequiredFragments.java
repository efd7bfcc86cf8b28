package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Letters a rule's match must hold inside a word: the tails of a compound ("[\p{L}]*(?:[Ll]ieferung|[Aa]uslieferung)"),
 * which the rule's required words ({@link PatternFile.Rule#requiredWords}) cannot hold, as they are no whole words. A
 * sentence with none of a group's tails (ignoring case, as the rules do) cannot match the rule: it is not tried there.
 */
final class RequiredFragments {
    private RequiredFragments() {}

    /** A compound's open head before a group: any letters (and hyphens), then the group of its tails. */
    private static final Pattern TAIL_GROUP = Pattern.compile("(?:\\[\\\\p\\{L\\}-?\\]|\\\\p\\{L\\})\\*\\(\\?:");
    /** One tail: letters, the first maybe as a class of its two cases ("[Ll]ieferung"). */
    private static final Pattern TAIL = Pattern.compile("(?:\\[(\\p{L})(\\p{L})\\])?(\\p{L}{3,})");

    /** Per rule of {@code file} (by index), its groups of tails, one of each group required; null for none. */
    static String[][][] of(PatternFile file) {
        String[][][] out = new String[file.rules.size()][][];
        for (int i = 0; i < out.length; i++) out[i] = of(file.rules.get(i).pattern().pattern());
        return out;
    }

    /** The groups of tails of one rule's regex (lower case), or null: groups outside every other group only, and not optional. */
    static String[][] of(String regex) {
        if (RegexShape.topLevel(regex).size() != 1) return null;
        List<String[]> out = new ArrayList<>();
        var m = TAIL_GROUP.matcher(regex);
        while (m.find()) {
            int open = m.end() - 3;
            if (RegexShape.depthAt(regex, open) != 0) continue;
            int close = RegexShape.closing(regex, open);
            if (close < 0 || (close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0)) continue;
            List<String> tails = new ArrayList<>();
            for (String alt : RegexShape.topLevel(regex.substring(open + 3, close))) {
                var t = TAIL.matcher(alt);
                if (!t.matches() || (t.group(1) != null && !t.group(1).equalsIgnoreCase(t.group(2)))) { tails = null; break; }
                tails.add((t.group(1) == null ? t.group(3) : t.group(1) + t.group(3)).toLowerCase(Locale.ROOT));
            }
            if (tails != null && !tails.isEmpty()) out.add(tails.toArray(String[]::new));
        }
        return out.isEmpty() ? null : out.toArray(String[][]::new);
    }

    /** Does {@code lower} (a sentence in lower case) hold one tail of each group? */
    static boolean present(String[][] groups, String lower) {
        for (String[] g : groups) {
            boolean any = false;
            for (String tail : g) if (lower.contains(tail)) { any = true; break; }
            if (!any) return false;
        }
        return true;
    }
}
