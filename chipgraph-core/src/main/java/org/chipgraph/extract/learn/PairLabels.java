package org.chipgraph.extract.learn;

import java.util.ArrayList;
import java.util.List;
import org.chipgraph.eval.ScorerNames;
import org.chipgraph.extract.SentenceMentions;
import org.chipgraph.fact.EntityRef;

/**
 * The gold label of a candidate pair: the relation (with its direction) of the first gold fact of the document whose
 * hint is in the pair's sentence and whose subject and object the two mentions name (by the scorer's name matching),
 * else none.
 */
public final class PairLabels {
    private final List<HintedGold> gold;

    /** @param gold the gold facts of one document */
    public PairLabels(List<HintedGold> gold) { this.gold = List.copyOf(gold); }

    /** The document's gold facts whose hint is in this sentence. */
    List<HintedGold> inSentence(SentenceMentions s) {
        String normal = HintedGold.normal(s.text());
        List<HintedGold> out = new ArrayList<>();
        for (HintedGold g : gold) if (RelationOutcome.LEARNED.contains(g.relation()) && g.in(normal)) out.add(g);
        return out;
    }

    public RelationOutcome label(PairCandidate c) {
        for (HintedGold g : inSentence(c.sentence())) {
            if (names(c.firstMention(), g.subjectKey()) && names(c.secondMention(), g.objectKey())) return new RelationOutcome(g.relation(), true);
            if (names(c.secondMention(), g.subjectKey()) && names(c.firstMention(), g.objectKey())) return new RelationOutcome(g.relation(), false);
        }
        return RelationOutcome.NONE;
    }

    private static boolean names(SentenceMentions.Named m, String goldKey) {
        for (EntityRef e : m.entities()) if (ScorerNames.same(ScorerNames.key(e.label()), goldKey)) return true;
        return false;
    }
}
