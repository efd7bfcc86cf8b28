package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * English coordination and orders won (session 30): the rules are specified by the session-30 rows of
 * {@code rule-examples/en.tsv}; here, what must not come out.
 */
class EnglishCoordinationTest {

    @Test
    void theSellersOwnPossessiveInAnOrderWonIsNoBuyer() {
        List<Fact> facts = Extraction.of("en", "orderWonForItsOwnChips");
        fact(facts, "Velmar", "supplies", "Brisk Motors");
        absent(facts, "Brisk Motors", "supplies", "Velmar");
        fact(facts, "Ostrava Silicon", "supplies", "Tencent");
        absent(facts, "Tencent", "supplies", "Ostrava Silicon");
    }

    @Test
    void aCompanyBeforeTheFirstVerbIsNoSubjectOfTheSecond() {
        List<Fact> facts = Extraction.of("en", "saidBeforeACoordinatedVerb");
        absent(facts, "Samsung", "supplies", "Oracle");
    }

    @Test
    void aRelativeClauseOnAPrepositionsObjectIsThatObjectsClause() {
        List<Fact> facts = Extraction.of("en", "relativeClauseOnAPrepositionsObject");
        fact(facts, "Arvane", "supplies", "Sony");
        absent(facts, "Kelso Memory", "supplies", "Sony");
        absent(facts, "Kelso Memory", "supplies", "Canon");
    }

    @Test
    void theMakerOfChipsRentedInAnotherCompanysClustersIsNoSeller() {
        List<Fact> facts = Extraction.of("en", "rentedClustersOfAnotherOwner");
        fact(facts, "Pelican", "buys", "MI300X");
        absent(facts, "AMD", "supplies", "Pelican");
    }
}
