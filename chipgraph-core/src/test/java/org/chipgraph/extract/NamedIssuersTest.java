package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * A measure whose sentence names its issuer is issued by it although the sentence says nothing it reaches; a measure
 * whose issuer is only assumed gives no issues fact of its own (issue 12, session 31; {@link NamedIssuers}), on articles
 * written for it.
 */
class NamedIssuersTest {

    @Test
    void aPossessiveIssuerIssuesItsMeasureWithoutATarget() {
        List<Fact> facts = Extraction.of("en", "issuerNamedWithoutTarget");
        fact(facts, "Canada", "issues", "Canadian export controls 2025-03");
    }

    @Test
    void aMeasureWithNoIssuerNamedIssuesNothingOfItsOwn() {
        List<Fact> facts = Extraction.of("en", "issuerNamedWithoutTarget");
        for (Fact f : facts) {
            if (f.relation().localName.equals("issues") && !f.subject().label().equals("Canada")) throw new AssertionError("unexpected " + f);
        }
    }

    @Test
    void einLandAlsSubjektErlässtSeineMassnahmeOhneZiel() {
        List<Fact> facts = Extraction.of("de", "ausstellerOhneZiel");
        fact(facts, "Canada", "issues", "Canadian export controls 2025-03");
        absent(facts, "United States", "issues", "US export controls 2025-04");
    }
}
