package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A deal's value told in its own sentence ("The order is worth about $600 million") is what the buyer of the deal just
 * stated spends: on the chip it ordered, else on its supplier; never a guess between two buyers, never a total of
 * many orders. Sentences written for these tests (extract/en, extract/de).
 */
class DealValuesTest {

    @Test
    void theValueOfAnOrderIsSpentOnItsChip() {
        var f = fact(Extraction.of("en", "orderValueInTheNextSentence"), "Pellam Cloud", "spends", "H200");
        assertEquals("USD 600000000", f.money().toString());
    }

    @Test
    void theValueOfAContractWithoutAChipIsSpentOnTheSupplier() {
        var f = fact(Extraction.of("en", "contractValueWithoutAChip"), "Orlan Data", "spends", "Dell Technologies");
        assertEquals("USD 45000000", f.money().toString());
    }

    @Test
    void twoBuyersInViewMakeNoPayer() {
        var facts = Extraction.of("en", "dealValueWithTwoBuyersInView");
        absent(facts, "Microsoft", "spends", "MI355X");
        absent(facts, "Oracle", "spends", "MI355X");
    }

    @Test
    void aTotalOfOrdersWithoutTheDealIsNoDealValue() {
        absent(Extraction.of("en", "aggregateOrdersAreNoDealValue"), "Pellam Cloud", "spends", "H200");
    }

    @Test
    void derWertDesAuftragsImNaechstenSatz() {
        var f = fact(Extraction.of("de", "auftragswertImNaechstenSatz"), "SAP", "spends", "H200");
        assertEquals("EUR 700000000", f.money().toString());
    }

    @Test
    void zahltDafuerImSelbenSatz() {
        var f = fact(Extraction.of("de", "zahltDafuer"), "SAP", "spends", "MI355X");
        assertEquals("EUR 400000000", f.money().toString());
    }
}
