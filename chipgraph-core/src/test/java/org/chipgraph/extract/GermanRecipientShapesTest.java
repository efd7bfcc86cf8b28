package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * German recipients (session 26): a recipient described with a nationality, a chip's relative clause naming who gets
 * it, a second recipient with its own description, "setzt auf" a chip, a recipient fronted before "gingen". One
 * behaviour per test, on an article written for it (src/test/resources/extract/de).
 */
class GermanRecipientShapesTest {

    private static List<Fact> facts() { return Extraction.of("de", "empfaengerMitBeschreibungUndRelativsatz"); }

    @Test
    void bothRecipientsInAChipsRelativeClauseBuyTheChip() {
        List<Fact> facts = facts();
        fact(facts, "Qorvant", "buys", "H200");
        fact(facts, "Salvix", "buys", "H200");
    }

    @Test
    void aSecondRecipientWithItsOwnNationalityIsSupplied() {
        List<Fact> facts = facts();
        fact(facts, "Nvidia", "supplies", "Qorvant");
        fact(facts, "Nvidia", "supplies", "Salvix");
    }

    @Test
    void aSecondRecipientAfterARepeatedPrepositionIsSupplied() {
        fact(facts(), "Trelax", "supplies", "Mobileye");
    }

    @Test
    void relyingOnAChipIsUsingIt() {
        List<Fact> facts = facts();
        fact(facts, "Brevane", "buys", "H20");
        fact(facts, "Korlax", "buys", "MI300X");
    }

    @Test
    void notRelyingOnAChipGivesNoPurchase() {
        absent(facts(), "Dravon", "buys", "B200");
    }

    @Test
    void chipsThatWentToAFrontedRecipientAreReceived() {
        fact(facts(), "Melvora", "receives", "A100");
    }

    @Test
    void ordersLostToAFrontedCompanyAreNoDelivery() {
        List<Fact> facts = facts();
        absent(facts, "Halvex", "receives", "H100");
        absent(facts, "Halvex", "buys", "H100");
    }
}
