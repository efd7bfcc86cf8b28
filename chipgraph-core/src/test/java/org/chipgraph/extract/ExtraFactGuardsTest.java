package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 29's guards against extra facts, each on sentences written for it (src/test/resources/extract/{en,de}): a list
 * pairs nothing with its own member ({@link ListPeers}); an entity list restricts companies, not the chips they traded; a
 * condition states no deal ({@code negation-before}, {@code negation-span}); the German "Chips von X" buyer is a party of
 * its own clause; an apposition after a relative clause describes the clause's last name, not the subject before it; a chip
 * named by its family alone is a notch less certain than a model; ", and" after a single name joins clauses ({@link Coordination}).
 */
class ExtraFactGuardsTest {

    private static List<Fact> en(String name) { return Extraction.of("en", name); }

    private static List<Fact> de(String name) { return Extraction.of("de", name); }

    @Test
    void aListMemberIsNoSupplierOfTheOtherMembers() {
        List<Fact> facts = en("listMemberIsNoPartyOfItsList");
        absent(facts, "Micron", "supplies", "TSMC");
        absent(facts, "Micron", "supplies", "Intel");
        fact(facts, "Velmark Materials", "supplies", "Micron");
    }

    @Test
    void einListenmitgliedBeliefertDieAnderenNicht() {
        List<Fact> facts = de("zaehltListeZuKunden");
        absent(facts, "Bosch", "supplies", "Infineon");
        fact(facts, "Sorvik Technik", "supplies", "Bosch");
    }

    @Test
    void anEntityListRestrictsTheCompanyNotTheChipsItTraded() {
        List<Fact> facts = en("listedControlRestrictsNoChip");
        absent(facts, "US Entity List", "restricts", "A100");
        fact(facts, "US Entity List", "restricts", "Corvell Trading");
    }

    @Test
    void aPurchaseUnderAConditionIsNoPurchase() {
        List<Fact> facts = en("conditionalStatesNoDeal");
        absent(facts, "AMD", "supplies", "Tarnow Cloud");
        absent(facts, "Tarnow Cloud", "buys", "MI325X");
        absent(facts, "Alibaba", "supplies", "Lumaro AI");
        absent(facts, "Lumaro AI", "buys", "H20");
    }

    @Test
    void einKaufUnterEinerBedingungIstKeinKauf() {
        List<Fact> facts = de("bedingungSagtNichtsAus");
        absent(facts, "AMD", "supplies", "Vireon Cloud");
        absent(facts, "AMD", "supplies", "Nvidia");
    }

    @Test
    void derKaeuferDerChipsStehtNichtJenseitsEinesDoppelpunkts() {
        absent(de("kaeuferBleibtInSeinemSatz"), "Halvor Semi", "supplies", "Ostwind Robotics");
    }

    @Test
    void einMittlerNachEinerPraepositionIstKeinKaeufer() {
        absent(de("kaeuferBleibtInSeinemSatz"), "Nvidia", "supplies", "Kessvik Trading");
    }

    @Test
    void anAppositionAfterARelativeClauseDescribesTheClausesLastName() {
        List<Fact> facts = en("appositionAfterRelativeClauseDescribesItsName");
        absent(facts, "Quarry Compute", "headquarteredIn", "Malaysia");
        fact(facts, "Quarry Compute", "supplies", "Merlo Data");
    }

    @Test
    void aChipNamedByItsFamilyAloneIsLessCertainThanAModel() {
        List<Fact> facts = en("familyNameIsVaguerThanModel");
        double family = fact(facts, "Korlan Systems", "buys", "HBM").confidence();
        double model = fact(facts, "Pellor Labs", "buys", "HBM3E").confidence();
        assertTrue(family < model, "family " + family + " vs model " + model);
    }

    @Test
    void aCommaBeforeAndAfterOneNameJoinsClausesNotNames() {
        List<Fact> facts = en("commaAndJoinsClausesNotTwoNames");
        absent(facts, "Lamvik Equipment", "supplies", "Samsung");
        absent(facts, "Tessen Tools", "supplies", "Korlo Systems");
        fact(facts, "Tessen Tools", "supplies", "Samsung");
    }

    @Test
    void aListOfThreeTakesTheCommaBeforeAnd() {
        List<Fact> facts = en("commaAndJoinsClausesNotTwoNames");
        fact(facts, "Brevan Semi", "supplies", "Oracle");
        fact(facts, "Brevan Semi", "supplies", "Tesla");
    }
}
