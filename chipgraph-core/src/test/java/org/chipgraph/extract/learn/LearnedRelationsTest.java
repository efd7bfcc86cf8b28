package org.chipgraph.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chipgraph.extract.SentenceMentions;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Provenance;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;
import org.junit.jupiter.api.Test;

class LearnedRelationsTest {
    private static final RelationModel MODEL = RelationModel.train(RelationModelTest.events(), RelationModelTest.SETTINGS, 0.5);
    private static final SentenceMentions SENTENCE = Sentences.of("en", 40, "Tessaly Works supplies Umbra Data.",
            Sentences.company("Tessaly Works"), Sentences.company("Umbra Data"));

    private static List<Fact> run(RelationModel model, List<Fact> ruleFacts, List<String> traced) {
        return new LearnedRelations(model, "test", "1").facts(List.of(SENTENCE), ruleFacts, "urn:doc", (rule, f) -> traced.add(rule));
    }

    @Test
    void answerAtOrAboveTheThresholdIsAFactWithItsProbabilityAsConfidence() {
        List<String> traced = new ArrayList<>();
        List<Fact> facts = run(MODEL, List.of(), traced);
        assertEquals(1, facts.size());
        Fact f = facts.get(0);
        assertEquals("Tessaly Works", f.subject().label());
        assertEquals(Relation.SUPPLIES, f.relation());
        assertEquals("Umbra Data", f.object().label());
        String[] features = PairFeatures.of(SENTENCE, 0, 1).toArray(String[]::new);
        assertEquals(MODEL.predict(features, f.subject(), f.object()).probability(), f.confidence(), 1e-12);
        assertEquals(List.of(LearnedRelations.RULE), traced);
        assertEquals(40, f.provenance().start());
        assertEquals(SENTENCE.text(), f.provenance().sentence());
    }

    @Test
    void answerBelowTheThresholdGivesNoFact() {
        double p = run(MODEL, List.of(), new ArrayList<>()).get(0).confidence();
        assertTrue(run(MODEL.withThreshold(Math.nextUp(p)), List.of(), new ArrayList<>()).isEmpty());
        assertEquals(1, run(MODEL.withThreshold(p), List.of(), new ArrayList<>()).size());
    }

    @Test
    void pairARuleAlreadyJoinedIsNotAskedAgain() {
        var names = SENTENCE.mentions();
        Fact byRule = new Fact(names.get(1).entities().get(0), Relation.SUBSIDIARY_OF, names.get(0).entities().get(0), null, null, null, null,
                Stance.ASSERTED, null, 0.9, Provenance.ofSentence("urn:doc", SENTENCE.text(), 40, 40 + SENTENCE.text().length(), "test", "1"));
        assertTrue(run(MODEL, List.of(byRule), new ArrayList<>()).isEmpty());
    }
}
