package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import org.junit.jupiter.api.Test;

/**
 * Systems, equipment and gear whose supplier a passive names go to the buyer in view (issue 12, session 34: en.patterns
 * GOODS_IMPLICIT, recipient-implicit, recipient-implicit-joint), on an article written for it.
 */
class SystemsSuppliedForTheBuyerTest {

    @Test
    void racksBuiltForItBySeveralMakersSupplyTheBuyerBefore() {
        var facts = Extraction.of("en", "systemsSuppliedForTheBuyer");
        fact(facts, "Dolan Systems", "supplies", "Harnett Cloud");
        fact(facts, "Quarry Compute", "supplies", "Harnett Cloud");
    }

    @Test
    void gearForASiteAfterWhileIsSuppliedToTheBuyerBefore() {
        fact(Extraction.of("en", "systemsSuppliedForTheBuyer"), "Arista", "supplies", "Morvane Data");
    }

    @Test
    void aSecondSupplierAfterADescriptionSuppliesTheBuyerToo() {
        fact(Extraction.of("en", "systemsSuppliedForTheBuyer"), "Fennick Networks", "supplies", "Morvane Data");
    }

    @Test
    void theCompanyOfTheClauseBeforeWhileIsNoRecipient() {
        absent(Extraction.of("en", "systemsSuppliedForTheBuyer"), "Arista", "supplies", "Dolan Systems");
    }
}
