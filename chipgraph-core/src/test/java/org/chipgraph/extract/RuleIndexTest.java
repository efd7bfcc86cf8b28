package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleIndexTest {

    private static List<Integer> candidates(RuleIndex index, long[] set) {
        List<Integer> out = new ArrayList<>();
        for (int r = RuleIndex.next(set, 0); r >= 0; r = RuleIndex.next(set, r + 1)) out.add(r);
        return out;
    }

    @Test
    void aRuleWithoutRequiredWordsIsAlwaysACandidate() {
        RuleIndex index = new RuleIndex(new int[][] {{}, {0}, {}}, 1);
        assertEquals(List.of(0, 2), candidates(index, index.start()));
    }

    @Test
    void aRuleBecomesACandidateWhenItsFirstWordGroupHolds() {
        // rule 1 needs groups 0 and 1, rule 2 needs group 1 first: only group 1 holds
        RuleIndex index = new RuleIndex(new int[][] {{}, {0, 1}, {1, 0}}, 2);
        long[] set = index.start();
        index.add(set, 1);
        assertEquals(List.of(0, 2), candidates(index, set));
        index.add(set, 0);
        assertEquals(List.of(0, 1, 2), candidates(index, set));
    }

    @Test
    void candidatesComeInTheRulesOrderPastSixtyFourRules() {
        int[][] groups = new int[200][];
        for (int r = 0; r < groups.length; r++) groups[r] = r % 3 == 0 ? new int[0] : new int[] {r % 2};
        RuleIndex index = new RuleIndex(groups, 2);
        long[] set = index.start();
        index.add(set, 1);
        List<Integer> expected = new ArrayList<>();
        for (int r = 0; r < groups.length; r++) if (r % 3 == 0 || r % 2 == 1) expected.add(r);
        assertEquals(expected, candidates(index, set));
    }
}
