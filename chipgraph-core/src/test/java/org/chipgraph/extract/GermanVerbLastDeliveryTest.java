package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * German deliveries with the verb last (session 26): a planned delivery makes the recipient a buyer, a delivery in the
 * perfect a receiver; "von X ... geliefert haben" is no passive; chips taken into operation are used; a contract to
 * assemble a chip is fabrication. One behaviour per test, on an article written for it (src/test/resources/extract/de).
 */
class GermanVerbLastDeliveryTest {

    private static List<Fact> facts() { return Extraction.of("de", "lieferwegMitVerbAmEnde"); }

    @Test
    void aPlannedDeliveryMakesTheRecipientABuyer() {
        fact(facts(), "Dessix", "buys", "B200");
    }

    @Test
    void aPlannedDeliveryIsNoReceipt() {
        absent(facts(), "Dessix", "receives", "B200");
    }

    @Test
    void aDeliveryInThePerfectIsReceived() {
        fact(facts(), "Trondix", "receives", "H200");
    }

    @Test
    void theMakerBeforeAnActivePerfectIsNoSupplier() {
        List<Fact> facts = facts();
        fact(facts, "Valdris", "supplies", "Morvik");
        absent(facts, "Nvidia", "supplies", "Morvik");
    }

    @Test
    void aDeliveryToACompanysPlantSuppliesTheCompany() {
        fact(facts(), "Valtor", "supplies", "Micron");
    }

    @Test
    void chipsTakenIntoOperationAreUsed() {
        fact(facts(), "Quorin", "buys", "H100");
    }

    @Test
    void chipsNotTakenIntoOperationGiveNoPurchase() {
        absent(facts(), "Fjellnet", "buys", "MI300X");
    }

    @Test
    void aContractToAssembleAChipIsFabrication() {
        List<Fact> facts = facts();
        fact(facts, "Penvara", "fabricates", "Morlax");
        fact(facts, "Penvara", "fabricates", "MX-9");
    }
}
