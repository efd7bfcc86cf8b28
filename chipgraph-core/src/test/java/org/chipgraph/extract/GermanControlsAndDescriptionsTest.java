package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * German export controls and descriptions (session 27): "auf die Liste" refers to the list the article named before; a
 * list of something else is no control; "die neuen Exportkontrollen" after a measure dated last year are that measure; a
 * description after a relative pronoun resolves, and a chip after "in seinem Beschleuniger" is where the goods go, not the
 * goods. One behaviour per test, on an article written for it (src/test/resources/extract/de).
 */
class GermanControlsAndDescriptionsTest {

    private static List<Fact> facts() { return Extraction.of("de", "kontrollenUndBeschreibungen"); }

    @Test
    void aListNamedAgainIsTheIssuersMeasureOfItsSentencesDate() {
        fact(facts(), "Taiwan export controls 2024-03", "restricts", "Orvasto Micro");
    }

    @Test
    void aListOfCustomersIsNoControl() {
        List<Fact> facts = facts();
        absent(facts, "US Entity List", "restricts", "Brenmark Optics");
        absent(facts, "Taiwan export controls 2024-03", "restricts", "Brenmark Optics");
        absent(facts, "Taiwan export controls 2025-06", "restricts", "Brenmark Optics");
    }

    @Test
    void newControlsAfterAMeasureDatedLastYearAreThatMeasure() {
        List<Fact> facts = facts();
        fact(facts, "Austrian export controls 2024", "restricts", "Russia");
        absent(facts, "Austrian export controls 2025-06", "restricts", "Russia");
    }

    @Test
    void aDescriptionAfterARelativePronounGivesTheSeat() {
        fact(facts(), "Dravon", "headquarteredIn", "United States");
    }

    @Test
    void aChipAfterInAndAChipNounIsNoPurchase() {
        absent(facts(), "Dravon", "buys", "QX-9");
    }
}
