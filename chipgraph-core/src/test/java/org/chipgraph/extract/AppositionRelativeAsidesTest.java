package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 32: a relative clause on a company's apposition ("... through Y, a Rotterdam distributor that resells chips from
 * X") names no partner of a company before Y ({@code relative-aside}, {@link AsideSpans}); Y itself still pairs with X.
 * On articles written for it (src/test/resources/extract/{en,de}).
 */
class AppositionRelativeAsidesTest {

    @Test
    void aSellerInARelativeClauseOnAnAppositionSellsToItsAntecedentOnly() {
        List<Fact> facts = Extraction.of("en", "relativeClauseOnAnAppositionNamesItsPartner");
        absent(facts, "Nvidia", "supplies", "Tarvik Robotics");
        fact(facts, "Nvidia", "supplies", "Osmund Components");
        fact(facts, "Osmund Components", "supplies", "Tarvik Robotics");
    }

    @Test
    void aRelativeClauseWithoutAnAppositionStillPairsItsAntecedent() {
        List<Fact> facts = Extraction.of("en", "relativeClauseOnAnAppositionNamesItsPartner");
        absent(facts, "AMD", "supplies", "Calloway Cloud");
        fact(facts, "AMD", "supplies", "Brennick Systems");
    }

    @Test
    void einVerkaeuferImRelativsatzNachDerAppositionBeliefertNichtDenKaeuferDavor() {
        List<Fact> facts = Extraction.of("de", "relativsatzNachAppositionNenntSeinenPartner");
        absent(facts, "Nvidia", "supplies", "Tarvik Robotics");
        fact(facts, "Osmund Components", "supplies", "Tarvik Robotics");
    }
}
