package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/** A capitalised country adjective inside a German sentence begins a name ({@link AdjectiveNames}), on an article of our own. */
class AdjectiveNamesTest {

    private static List<Fact> facts() { return Extraction.of("de", "grossesLaenderadjektivBeginntEinenNamen"); }

    @Test
    void aCapitalisedAdjectiveAfterAnArticleBeginsAName() {
        Fact f = fact(facts(), "Deutsche Rechenwerk", "orders", "MI355X");
        assertTrue(f.subject().discovered());
    }

    @Test
    void theDeclinedFormIsTheSameCompany() {
        fact(facts(), "Deutsche Rechenwerk", "orders", "H200");
    }

    @Test
    void aNameOfACountryAdjectiveIsNoSeatInThatCountry() {
        List<Fact> facts = facts();
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().equals("Deutsche Rechenwerk") && f.relation() == org.chipgraph.fact.Relation.HEADQUARTERED_IN), dump(facts));
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().equals("Rechenwerk")), dump(facts));
    }

    @Test
    void theAdjectiveHeadingASentenceIsNoName() {
        List<Fact> facts = facts();
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().startsWith("Deutsche Unternehmen")), dump(facts));
    }

    @Test
    void aLowerCaseAdjectiveStillGivesTheCountry() {
        fact(facts(), "Kaltenbach", "headquarteredIn", "Germany");
    }

    @Test
    void aPlacesAdjectiveInErIsNoName() {
        List<Fact> facts = facts();
        fact(facts, "Tessaro Trading", "supplies", "Holmar");
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().startsWith("Singapur")), dump(facts));
    }
}
