package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 36: the antecedent of a relative clause is the subject of its verb also where a preposition stands before it
 * (German, as English "which|who" since session 30), a place between it and the pronoun, or an apposition on it.
 */
class RelativeClauseAntecedentsTest {
    private static final List<Fact> DE = Extraction.of("de", "relativsatzNachPraepositionOderApposition");

    @Test
    void aGermanRelativeClauseOnAPrepositionsObjectIsThatObjectsClause() {
        fact(DE, "Halvik GmbH", "supplies", "Lumera AG");
        absent(DE, "Korvane AG", "supplies", "Lumera AG");
    }

    @Test
    void aPlaceMayStandBetweenTheObjectAndItsRelativeClause() {
        fact(DE, "GlobalFoundries", "fabricates", "Brandol AG");
    }

    @Test
    void aGermanRelativeClauseAfterAnAppositionIsTheNamesClause() {
        fact(DE, "Osmira GmbH", "supplies", "Velmar AG");
    }

    @Test
    void anAppositionNamingAnotherCompanyLeavesTheRelativeClauseToNoOne() {
        absent(DE, "Pelko GmbH", "supplies", "Ostmark AG");
    }

    @Test
    void anEnglishRelativeClauseAfterOneOfAClassIsTheNamesClause() {
        List<Fact> facts = Extraction.of("en", "relativeClauseAfterOneOfApposition");
        fact(facts, "Pelora", "supplies", "Ostmark Data");
    }
}
