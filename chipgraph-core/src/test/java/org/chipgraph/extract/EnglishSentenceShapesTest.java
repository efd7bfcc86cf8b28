package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * English sentence shapes of session 25 where a fact must not come out, or must come out with the right subject: a
 * possessive before a test is no maker, an order to stop is no sale, a maker's role in an apposition ends at its comma, a parent's seat is not its unit's, a description before 'said' is the speaker's, shipping is no making,
 * goods an owner gets from a supplier name no maker, and "its" after a description that is its clause's subject belongs to that description. The facts these shapes must
 * give are rows of rule-examples/en.tsv. One behaviour per test, on sentences written for it (extract/en; names invented).
 */
class EnglishSentenceShapesTest {

    @Test
    void aPossessiveBeforeATestOfAChipNamesNoMaker() {
        List<Fact> facts = Extraction.of("en", "possessiveBeforeATestIsNoMaking");
        absent(facts, "Nvidia", "makes", "HBM3E");
        fact(facts, "Pellwood Memory", "supplies", "AMD");
    }

    @Test
    void anOrderToStopWorkIsNoSale() {
        absent(Extraction.of("en", "anOrderToStopIsNoSale"), "Halvex Systems", "supplies", "Oracle");
    }

    @Test
    void aMakersRoleInAnAppositionEndsAtItsComma() {
        List<Fact> facts = Extraction.of("en", "makerAppositionEndsAtItsComma");
        absent(facts, "Fenwick AI", "makes", "MI355X");
        fact(facts, "Fenwick AI", "spends", "MI355X");
    }

    @Test
    void itsAfterADescriptionSubjectBelongsToTheDescribedCompany() {
        List<Fact> facts = Extraction.of("en", "possessiveAfterDescriptionSubject");
        fact(facts, "Orvik Systems", "makes", "KT-60");
        absent(facts, "Caldera Hosting", "makes", "KT-60");
    }

    @Test
    void goodsAnOwnerGetsFromASupplierNameNoMaker() {
        List<Fact> facts = Extraction.of("en", "goodsFromASupplierAreNoMaking");
        absent(facts, "Korvath Systems", "makes", "HBM3E");
        fact(facts, "Samsung", "supplies", "Korvath Systems");
    }

    @Test
    void theSeatOfAParentNamedInAnAppositionIsNotTheUnits() {
        List<Fact> facts = Extraction.of("en", "seatOfTheParentIsNotTheUnits");
        absent(facts, "Korvan Electronics", "headquarteredIn", "India");
        fact(facts, "Korvan Group", "headquarteredIn", "India");
    }

    @Test
    void aDescriptionBeforeAVerbOfSayingDescribesTheSpeakerNotTheNameBeforeIt() {
        List<Fact> facts = Extraction.of("en", "speakerDescriptionIsNoApposition");
        absent(facts, "Intel", "headquarteredIn", "Netherlands");
        fact(facts, "Veldra Optics", "headquarteredIn", "Netherlands");
    }

    @Test
    void beginningToShipChipsIsNoMakingThem() {
        List<Fact> facts = Extraction.of("en", "shippingIsNoMaking");
        absent(facts, "Dell", "makes", "HBM3E");
        fact(facts, "Dell", "supplies", "Lumeo Labs");
    }
}
