package org.chipgraph.extract.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import org.chipgraph.error.InputError;
import org.junit.jupiter.api.Test;

class RelationModelTest {
    static final RelationModel.Settings SETTINGS = new RelationModel.Settings(RelationModel.Trainer.QN, 100, 0.1);

    /** Events where "supplies" between two companies is the relation and "met" is none. */
    static List<Event> events() {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(new Event("supplies>", new String[] {"types=C>C", "b=suppl", "dist=1"}));
            out.add(new Event("NONE", new String[] {"types=C>C", "b=met", "dist=1"}));
            out.add(new Event("makes>", new String[] {"types=C>H", "b=mak", "dist=1"}));
        }
        return out;
    }

    @Test
    void sameEventsGiveTheSameFile() {
        assertArrayEquals(RelationModel.train(events(), SETTINGS, 0.7).bytes(), RelationModel.train(events(), SETTINGS, 0.7).bytes());
    }

    @Test
    void writtenModelReadsBackWithItsThresholdAndAnswers() {
        RelationModel m = RelationModel.train(events(), SETTINGS, 0.65);
        RelationModel back = RelationModel.read("mem", new ByteArrayInputStream(m.bytes()));
        assertEquals(0.65, back.threshold());
        String[] f = {"types=C>C", "b=suppl", "dist=1"};
        assertEquals(m.predict(f, Sentences.company("A"), Sentences.company("B")), back.predict(f, Sentences.company("A"), Sentences.company("B")));
    }

    @Test
    void predictionIsTheLikeliestRelationThatFitsTheTypes() {
        RelationModel m = RelationModel.train(events(), SETTINGS, 0.5);
        // "makes" needs a chip object: between two companies it cannot be the answer, whatever the words
        RelationModel.Prediction p = m.predict(new String[] {"types=C>C", "b=mak", "dist=1"}, Sentences.company("A"), Sentences.company("B"));
        assertFalse(p.outcome().none());
        assertEquals("supplies>", p.outcome().name());
        RelationModel.Prediction q = m.predict(new String[] {"types=C>C", "b=suppl", "dist=1"}, Sentences.company("A"), Sentences.company("B"));
        assertTrue(q.probability() > 0.5, q.toString());
    }

    @Test
    void fileOfSomethingElseIsAOneLineErrorNamingIt() {
        InputError e = assertThrows(InputError.class, () -> RelationModel.read("patterns/relations.model",
                new ByteArrayInputStream("supplies\tNONE\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("patterns/relations.model: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void truncatedModelIsAOneLineErrorNamingIt() {
        byte[] whole = RelationModel.train(events(), SETTINGS, 0.5).bytes();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        InputError e = assertThrows(InputError.class, () -> RelationModel.read("cut.model", new ByteArrayInputStream(cut)));
        assertTrue(e.getMessage().startsWith("cut.model: cannot read the relations model"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
