package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 32: goods fronted with their supplier go to the company of the sentence before when that sentence speaks of a
 * site it builds or runs (recipient-project), also in a second clause and with "kommen von", on sentences the team wrote
 * (extract/de/wareFuerEinenStandort.txt, wareOhneStandort.txt).
 */
class GermanGoodsForASiteTest {

    private static List<Fact> site() { return Extraction.of("de", "wareFuerEinenStandort"); }

    private static List<Fact> noSite() { return Extraction.of("de", "wareOhneStandort"); }

    @Test
    void goodsForASiteGoToTheCompanyBuildingIt() {
        fact(site(), "Kanemura Tools", "supplies", "Orlant Semiconductor");
    }

    @Test
    void aRelativeClauseAfterTheSupplierDoesNotHideTheRecipient() {
        fact(site(), "Dongmi Systems", "supplies", "Velmar Data");
    }

    @Test
    void aSecondClauseWithKommenVonNamesASecondSupplier() {
        fact(site(), "Brandauer Klima AG", "supplies", "Orlant Semiconductor");
    }

    @Test
    void aNetworkIsNoSite() {
        absent(noSite(), "Pemberton Systems", "supplies", "Corvan Networks");
    }

    @Test
    void aSiteAServiceWorksInIsNoProjectOfItsOwn() {
        absent(noSite(), "Pellam Systems", "supplies", "Harwick Packaging");
    }

    @Test
    void aChipAnnouncedIsNoSiteThatTakesModules() {
        absent(noSite(), "Sunwon Memory", "supplies", "Haldor Micro");
    }
}
