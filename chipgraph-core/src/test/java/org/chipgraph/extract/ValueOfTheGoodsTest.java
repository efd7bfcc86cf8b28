package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Money put on the goods of a purchase its own sentence states ("ordered HBM4 worth ...", "im Wert von ...", "für rund
 * ... verkauft"), and a deal's value told long after the purchase by naming its buyer (session 34). Sentences written
 * for these tests.
 */
class ValueOfTheGoodsTest {

    @Test
    void goodsOrderedWorthAnAmount() {
        assertEquals("USD 900000000", fact(Extraction.of("en", "orderedGoodsWorth"), "Google", "spends", "HBM4").money().toString());
    }

    @Test
    void goodsBoughtFromASupplierForAnAmountAreSpentOnTheSupplier() {
        assertEquals("USD 1300000000", fact(Extraction.of("en", "boughtFromSupplierFor"), "SMIC", "spends", "ASML").money().toString());
    }

    @Test
    void chipsBestelltImWertVon() {
        assertEquals("EUR 70000000", fact(Extraction.of("de", "bestelltImWertVon"), "Lenovo", "spends", "H20").money().toString());
    }

    @Test
    void anlagenFuerEinenBetragVerkauftZahltDerKaeufer() {
        assertEquals("EUR 30000000", fact(Extraction.of("de", "verkauftFuer"), "SMIC", "spends", "Aixtron").money().toString());
    }

    @Test
    void derAuftragswertNenntDenKaeuferDreiSaetzeSpaeter() {
        assertEquals("EUR 300000000", fact(Extraction.of("de", "auftragswertNenntDenKaeuferSpaeter"), "Ionos", "spends", "B300").money().toString());
    }

    @Test
    void aContractNamedByItsBuyerLongAfterThePurchase() {
        assertEquals("USD 700000000", fact(Extraction.of("en", "contractNamedByItsBuyerLater"), "AMD", "spends", "HBM3E").money().toString());
    }
}
