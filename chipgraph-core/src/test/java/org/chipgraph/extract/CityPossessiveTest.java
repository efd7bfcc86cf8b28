package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.find;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/** "Oslo's Fjordlane Compute": a city's possessive before a name places the company there (sentences of the team's). */
class CityPossessiveTest {

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }

    @Test
    void aCitysPossessiveSeatsTheCompanyInItsCountry() {
        fact(facts("cityPossessiveBeforeACompany"), "Fjordlane Compute", "headquarteredIn", "Norway");
    }

    @Test
    void aCompanyAfterACitysPossessiveStillTakesItsSlot() {
        fact(facts("cityPossessiveBeforeACompany"), "Nvidia", "supplies", "Fjordlane Compute");
    }

    @Test
    void aMarketAfterACitysPossessiveIsNoCompany() {
        List<Fact> facts = facts("cityPossessiveBeforeAMarket");
        assertTrue(find(facts, "Growth Market", "headquarteredIn", "China").isEmpty(), () -> "unexpected market seat in" + dump(facts));
    }

    @Test
    void aPlaceAfterACompanysPossessiveIsWhereItsUnitIsNotItsSeat() {
        List<Fact> facts = facts("placeAfterAPossessiveIsNoSeat");
        if (find(facts, "Korvane", "headquarteredIn", "Germany").isPresent()) throw new AssertionError("a unit's place seated its parent:" + dump(facts));
    }

    @Test
    void aStateBasedCompanyIsSeatedInTheStatesCountry() {
        fact(facts("stateBasedSeatsTheCompany"), "Korvane", "headquarteredIn", "United States");
    }
}
