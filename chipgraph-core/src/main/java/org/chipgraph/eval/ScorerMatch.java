package org.chipgraph.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scorer's matching (score.py's match()), so that missed and extra facts here are the scorer's: system facts
 * of documents the gold does not cover are dropped, duplicates under the scorer's keys counted once, then each
 * gold fact in order takes the first unused system fact of its document with its relation and names.
 *
 * @param gold    the gold facts
 * @param system  the system facts the scorer counts (deduplicated, of gold documents)
 * @param missed  gold facts no system fact matched, in gold order
 * @param extra   system facts that matched no gold fact, in system order
 */
public record ScorerMatch(List<ScoredFact> gold, List<ScoredFact> system, List<ScoredFact> missed, List<ScoredFact> extra) {

    public static ScorerMatch of(List<ScoredFact> gold, List<ScoredFact> extracted) {
        Set<String> docs = new HashSet<>();
        for (ScoredFact g : gold) docs.add(g.doc());
        List<ScoredFact> system = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScoredFact s : extracted) if (docs.contains(s.doc()) && seen.add(s.dedupKey())) system.add(s);
        Map<String, List<ScoredFact>> byDoc = new LinkedHashMap<>();
        for (ScoredFact s : system) byDoc.computeIfAbsent(s.doc(), d -> new ArrayList<>()).add(s);
        Map<ScoredFact, Boolean> used = new IdentityHashMap<>();
        List<ScoredFact> missed = new ArrayList<>();
        for (ScoredFact g : gold) {
            ScoredFact hit = null;
            for (ScoredFact s : byDoc.getOrDefault(g.doc(), List.of())) {
                if (used.containsKey(s) || !matches(s, g)) continue;
                hit = s;
                break;
            }
            if (hit == null) missed.add(g);
            else used.put(hit, true);
        }
        List<ScoredFact> extra = new ArrayList<>();
        for (ScoredFact s : system) if (!used.containsKey(s)) extra.add(s);
        return new ScorerMatch(List.copyOf(gold), List.copyOf(system), List.copyOf(missed), List.copyOf(extra));
    }

    /** Does system fact {@code s} state gold fact {@code g}? */
    static boolean matches(ScoredFact s, ScoredFact g) {
        return s.relation().equals(g.relation()) && ScorerNames.same(s.subjectKey(), g.subjectKey())
                && (g.subjectOnly() || ScorerNames.same(s.objectKey(), g.objectKey()));
    }

    /** Facts the scorer counts as right. */
    public int matched() { return gold.size() - missed.size(); }
}
