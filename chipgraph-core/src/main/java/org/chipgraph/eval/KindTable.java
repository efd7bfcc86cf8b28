package org.chipgraph.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of facts by kind, relation and language, printed as one table: a row per kind (in the kinds' order),
 * columns all, each language, then each relation that has a count. Only numbers: no names, no text.
 */
public final class KindTable {
    private final List<String> kinds;
    private final List<String> languages;
    /** A fact counts once (a total row makes sense), or in several rows. */
    private final boolean once;
    private final Map<String, Map<String, Integer>> byRelation = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> byLanguage = new LinkedHashMap<>();
    private final Map<String, Integer> total = new LinkedHashMap<>();

    /** @param languages the columns of languages, shown even when empty (others that occur are added) */
    public KindTable(List<String> kinds, List<String> languages) { this(kinds, languages, true); }

    /** @param once each fact counts in one row only; otherwise no total row is printed */
    public KindTable(List<String> kinds, List<String> languages, boolean once) {
        this.kinds = List.copyOf(kinds);
        this.languages = List.copyOf(languages);
        this.once = once;
    }

    public void add(String kind, String relation, String language) {
        if (!kinds.contains(kind)) throw new IllegalArgumentException("unknown kind " + kind);
        total.merge(kind, 1, Integer::sum);
        byRelation.computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(relation, 1, Integer::sum);
        byLanguage.computeIfAbsent(kind, k -> new TreeMap<>()).merge(language, 1, Integer::sum);
    }

    public int count(String kind) { return total.getOrDefault(kind, 0); }

    public int count(String kind, String relation) { return byRelation.getOrDefault(kind, Map.of()).getOrDefault(relation, 0); }

    public int countInLanguage(String kind, String language) { return byLanguage.getOrDefault(kind, Map.of()).getOrDefault(language, 0); }

    public int total() { return total.values().stream().mapToInt(Integer::intValue).sum(); }

    public void print(PrintWriter out) {
        List<String> langs = new ArrayList<>(languages);
        byLanguage.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().filter(l -> !langs.contains(l)).forEach(langs::add);
        List<String> rels = ScoredFact.RELATIONS.stream()
                .filter(r -> byRelation.values().stream().anyMatch(m -> m.containsKey(r))).toList();
        int w0 = Math.max(5, kinds.stream().mapToInt(String::length).max().orElse(4)) + 2;
        StringBuilder head = new StringBuilder(String.format("%-" + w0 + "s%5s", "kind", "all"));
        for (String l : langs) head.append(String.format("%5s", l));
        for (String r : rels) head.append(String.format("%" + (Math.max(4, r.length()) + 1) + "s", r));
        out.println(head);
        for (String k : kinds) {
            if (count(k) == 0) continue;
            out.println(row(k, count(k), langs, l -> countInLanguage(k, l), rels, r -> count(k, r), w0));
        }
        if (once) out.println(row("total", total(), langs, l -> kinds.stream().mapToInt(k -> countInLanguage(k, l)).sum(),
                rels, r -> kinds.stream().mapToInt(k -> count(k, r)).sum(), w0));
    }

    private static String row(String name, int all, List<String> langs, java.util.function.ToIntFunction<String> perLang,
                              List<String> rels, java.util.function.ToIntFunction<String> perRel, int w0) {
        StringBuilder b = new StringBuilder(String.format("%-" + w0 + "s%5d", name, all));
        for (String l : langs) b.append(String.format("%5d", perLang.applyAsInt(l)));
        for (String r : rels) b.append(String.format("%" + (Math.max(4, r.length()) + 1) + "d", perRel.applyAsInt(r)));
        return b.toString();
    }
}
