package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.find;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * "Den niederländischen Halbleiterhändler X beliefert Y": an accusative object opening the clause, with a nationality
 * or city adjective before its noun, is the customer, and the company after the verb the supplier (team's sentence).
 */
class GermanObjectFirstTest {

    private static List<Fact> facts(String name) { return Extraction.of("de", name); }

    @Test
    void theCompanyAfterTheVerbSuppliesTheObjectThatOpensTheClause() {
        fact(facts("objectFirstAfterAnAdjective"), "Micron", "supplies", "Ovaris Trading");
    }

    @Test
    void theObjectThatOpensTheClauseIsNoSupplier() {
        List<Fact> facts = facts("objectFirstAfterAnAdjective");
        assertTrue(find(facts, "Ovaris Trading", "supplies", "Micron").isEmpty(), () -> "reversed supply in" + dump(facts));
    }
}
