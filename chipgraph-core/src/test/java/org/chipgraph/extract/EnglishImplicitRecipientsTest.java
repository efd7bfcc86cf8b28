package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * English goods with a supplier and no recipient (session 33, {@link ImplicitRecipients}): "The servers will be assembled
 * by Y" supplies the company the sentence before is about, when it buys something; suppliers joined by "and (by)" too.
 * Article: src/test/resources/extract/en/serversWithoutRecipient.txt.
 */
class EnglishImplicitRecipientsTest {

    private static List<Fact> facts() { return Extraction.of("en", "serversWithoutRecipient"); }

    @Test
    void serversAssembledByASupplierGoToTheBuyerBefore() {
        fact(facts(), "Quanta", "supplies", "Nebius");
    }

    @Test
    void aSupplierJoinedByAndByAlsoSuppliesTheBuyer() {
        fact(facts(), "Wiwynn", "supplies", "Nebius");
    }

    @Test
    void suppliersNamedBeforeTheGoodsSupplyTheBuyerBefore() {
        List<Fact> facts = facts();
        fact(facts, "Foxconn", "supplies", "Crusoe");
        fact(facts, "Inventec", "supplies", "Crusoe");
    }

    @Test
    void chipsMadeByAFoundryAreNoGoodsForTheCompanyBefore() {
        absent(facts(), "TSMC", "supplies", "Broadcom");
    }
}
