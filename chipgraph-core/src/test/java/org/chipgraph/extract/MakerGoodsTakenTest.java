package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import org.junit.jupiter.api.Test;

/**
 * A maker named before the goods a company takes supplies that company, whatever kind of goods they are and in every form of
 * a verb of receiving (issue 12, session 34; the en.patterns rule after GOODS_TAKEN), on an article written for it.
 */
class MakerGoodsTakenTest {

    @Test
    void toolsTakenByAFoundryAreSuppliedByTheirMaker() {
        fact(Extraction.of("en", "makerGoodsTaken"), "ASML", "supplies", "Pelham Foundry");
    }

    @Test
    void thePerfectOfTakingDeliveryNamesTheSupplier() {
        fact(Extraction.of("en", "makerGoodsTaken"), "Nvidia", "supplies", "Brisa Cloud");
    }

    @Test
    void racksBoughtByTheirMakersNameAreSuppliedByIt() {
        fact(Extraction.of("en", "makerGoodsTaken"), "Quenby Systems", "supplies", "Ostrander Data");
    }

    @Test
    void anApprovalReceivedIsNoGoods() {
        absent(Extraction.of("en", "makerGoodsTaken"), "Nvidia", "supplies", "Corvel Labs");
    }
}
