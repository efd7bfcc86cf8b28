package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 35: renting counts as buying (the annotation guide), for the tenant of chips rented out as for the landlord
 * (extract/en/tenantsOfRentedChips.txt, extract/de/vermieteteChips.txt).
 */
class TenantsOfRentedChipsTest {

    private static List<Fact> english() { return Extraction.of("en", "tenantsOfRentedChips"); }

    private static List<Fact> german() { return Extraction.of("de", "vermieteteChips"); }

    @Test
    void aTenantAfterAClassOfCustomersAndIncludingRentsTheChipsNamedByThem() {
        fact(english(), "Quorra AI", "buys", "MI355X");
    }

    @Test
    void everyTenantOfTheListAfterIncludingRentsThem() {
        fact(english(), "Pellin", "buys", "MI355X");
    }

    @Test
    void aTenantAfterSuchAsRentsTheChipsRentedOut() {
        fact(english(), "Kelvo Labs", "buys", "Gaudi 3");
    }

    @Test
    void aCompanyAfterToAndAPurposeVerbIsNoTenant() {
        absent(english(), "Ostrel Media", "buys", "H100");
    }

    @Test
    void germanTenantOfARelativeClauseAfterTheMakerRentsTheChips() {
        fact(german(), "Ostwind AI", "buys", "MI355X");
    }

    @Test
    void germanLandlordThatRentsOutChipsBuysThem() {
        fact(german(), "Tallinger", "buys", "B200");
    }
}
