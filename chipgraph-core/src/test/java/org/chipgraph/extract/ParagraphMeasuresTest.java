package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * A control with no issuer of its own ("The rule also covers ...", "Die Regeln gelten auch ...") is the measure its
 * paragraph spoke of, also across a sentence without one, and an issuer of the next paragraph is not its issuer (issue 12,
 * session 30; {@link ParagraphMeasures}), on articles written for it.
 */
class ParagraphMeasuresTest {

    @Test
    void theRuleIsTheMeasureOfItsParagraph() {
        List<Fact> facts = Extraction.of("en", "measureOfTheParagraph");
        fact(facts, "Singaporean export controls 2026-04", "restricts", "Pakistan");
    }

    @Test
    void anIssuerOfTheNextParagraphIssuesNothingHere() {
        List<Fact> facts = Extraction.of("en", "measureOfTheParagraph");
        absent(facts, "Chinese export controls", "restricts", "Pakistan");
    }

    @Test
    void dieRegelnAreTheMeasureOfTheirParagraph() {
        List<Fact> facts = Extraction.of("de", "massnahmeDesAbsatzes");
        fact(facts, "Dutch export controls 2026-03", "restricts", "Belarus");
        absent(facts, "Chinese export controls", "restricts", "Belarus");
    }
}
