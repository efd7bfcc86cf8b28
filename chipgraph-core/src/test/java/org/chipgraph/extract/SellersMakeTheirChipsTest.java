package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 36: a company that sells, ships or supplies a chip under its own name makes it (the frames makes : SUPPLY
 * agent theme of en.patterns and de.patterns), not a memory part, which several makers sell (option no-memory); a reseller of a registered chip makes nothing, and its dropped claim does
 * not keep the registry's maker out of the article.
 */
class SellersMakeTheirChipsTest {

    @Test
    void aCompanyShippingAChipMakesIt() {
        fact(Extraction.of("en", "sellerShipsItsOwnChip"), "Korvane Semiconductor", "makes", "KV-40");
    }

    @Test
    void eineFirmaDieEinenChipAusliefertStelltIhnHer() {
        fact(Extraction.of("de", "verkaeuferLiefertEigenenChip"), "Korvane Semiconductor", "makes", "KV-40");
    }

    @Test
    void aMemoryPartShippedIsNoSellersOwnChip() {
        absent(Extraction.of("en", "memoryMakerShipsMemory"), "SK Hynix", "makes", "HBM4");
    }

    @Test
    void aResellerOfARegisteredChipMakesNothingAndTheMakerNamedInTheArticleStillMakesIt() {
        List<Fact> facts = Extraction.of("en", "resellerOfRegisteredChip");
        absent(facts, "Arrow Electronics", "makes", "H200");
        fact(facts, "Nvidia", "makes", "H200");
    }
}
