package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import org.junit.jupiter.api.Test;

/**
 * A description with a place or nationality ("der Bonner Konzern", "the Taiwanese foundry") refers only to a company
 * whose country it does not contradict; when every company named before is elsewhere, it refers to none of them.
 * "X of <country>" seats X there, unless X is a news agency (a source, never a party). Sentences written for these
 * tests (extract/de, extract/en).
 */
class DescriptionCountryTest {

    @Test
    void aPlaceEveryEarlierCompanyContradictsRefersToNone() {
        absent(Extraction.of("de", "ortsadjektivWidersprichtDemFrueherenKonzern"), "Nvidia", "supplies", "Siemens");
    }

    @Test
    void aFittingOriginStillRefersToTheEarlierCompany() {
        fact(Extraction.of("de", "passendeHerkunftLoestAuf"), "Nvidia", "supplies", "Siemens");
    }

    @Test
    void aCompanyOfACountryIsSeatedThereAndANewsAgencyOfOneIsNoParty() {
        var facts = Extraction.of("en", "nationalNewsAgenciesAreNoParties");
        fact(facts, "Korvane Labs", "headquarteredIn", "Canada");
        org.chipgraph.extract.Extraction.noneNamed(facts, "Press Trust", "Press Trust of India", "Bernama");
    }
}
