package org.chipgraph.extract;

/**
 * The rules a sentence can fire, found from its words instead of by trying each rule's filters in turn: a rule with
 * required word groups is listed under its first group, so it is a candidate only when a word of that group stands in
 * the sentence (the filter would have skipped it otherwise); a rule without any is always a candidate. Candidates come
 * out in the rules' own order, so matches and facts come in the same order as before. Read-only, shared by threads.
 */
final class RuleIndex {
    /** Bit set over the rules: those with no required word group. */
    private final long[] unconditional;
    /** Per word group, the rules whose first required group it is. */
    private final int[][] byFirstGroup;

    RuleIndex(int[][] ruleWordGroups, int groupCount) {
        int rules = ruleWordGroups.length;
        unconditional = new long[(rules + 63) >>> 6];
        int[] counts = new int[groupCount];
        for (int[] groups : ruleWordGroups) if (groups.length > 0) counts[groups[0]]++;
        byFirstGroup = new int[groupCount][];
        for (int g = 0; g < groupCount; g++) byFirstGroup[g] = new int[counts[g]];
        int[] filled = new int[groupCount];
        for (int r = 0; r < rules; r++) {
            int[] groups = ruleWordGroups[r];
            if (groups.length == 0) unconditional[r >>> 6] |= 1L << r;
            else byFirstGroup[groups[0]][filled[groups[0]]++] = r;
        }
    }

    /** A fresh candidate set: the rules that need no word. */
    long[] start() {
        return unconditional.clone();
    }

    /** Word group {@code g} holds in the sentence: its rules become candidates. */
    void add(long[] candidates, int g) {
        for (int r : byFirstGroup[g]) candidates[r >>> 6] |= 1L << r;
    }

    /** The first candidate at or after rule {@code from}, or -1. */
    static int next(long[] candidates, int from) {
        int w = from >>> 6;
        if (w >= candidates.length) return -1;
        long word = candidates[w] & (-1L << from);
        while (true) {
            if (word != 0) return (w << 6) + Long.numberOfTrailingZeros(word);
            if (++w == candidates.length) return -1;
            word = candidates[w];
        }
    }
}
