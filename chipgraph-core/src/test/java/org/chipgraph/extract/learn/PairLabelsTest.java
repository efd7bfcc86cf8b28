package org.chipgraph.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chipgraph.extract.SentenceMentions;
import org.chipgraph.fact.Relation;
import org.junit.jupiter.api.Test;

class PairLabelsTest {
    private static final SentenceMentions SENTENCE = Sentences.of("en", 120,
            "Under the deal, Halvik Cloud takes 3,000 Pellix-40 boards from Tessaly Works.",
            Sentences.company("Halvik Cloud"), Sentences.chip("Pellix-40"), Sentences.company("Tessaly Works"));

    private static PairCandidate pair(int a, int b) { return new PairCandidate(SENTENCE, a, b); }

    @Test
    void goldFactWithItsHintInTheSentenceLabelsThePairForward() {
        PairLabels labels = new PairLabels(List.of(HintedGold.of("a.txt", "Halvik Cloud", "buys", "Pellix-40", "takes 3,000 Pellix-40 boards")));
        assertEquals(new RelationOutcome(Relation.BUYS, true), labels.label(pair(0, 1)));
    }

    @Test
    void subjectAfterTheObjectLabelsThePairBackward() {
        PairLabels labels = new PairLabels(List.of(HintedGold.of("a.txt", "Tessaly Works", "supplies", "Halvik Cloud", "boards from Tessaly Works")));
        assertEquals("supplies<", labels.label(pair(0, 2)).name());
    }

    @Test
    void goldFactWhoseHintIsElsewhereLeavesThePairUnlabelled() {
        PairLabels labels = new PairLabels(List.of(HintedGold.of("a.txt", "Halvik Cloud", "buys", "Pellix-40", "Halvik Cloud later bought more")));
        assertEquals(RelationOutcome.NONE, labels.label(pair(0, 1)));
    }

    @Test
    void namesMatchAsTheScorerMatchesThem() {
        // the scorer drops a corporate suffix and compares without case
        PairLabels labels = new PairLabels(List.of(HintedGold.of("a.txt", "Tessaly Works Inc.", "supplies", "HALVIK CLOUD", "  boards   from tessaly works")));
        assertEquals("supplies<", labels.label(pair(0, 2)).name());
    }

    @Test
    void pairOfOtherNamesStaysUnlabelled() {
        PairLabels labels = new PairLabels(List.of(HintedGold.of("a.txt", "Halvik Cloud", "buys", "Pellix-40", "takes 3,000 Pellix-40 boards")));
        assertEquals(RelationOutcome.NONE, labels.label(pair(1, 2)));
    }
}
