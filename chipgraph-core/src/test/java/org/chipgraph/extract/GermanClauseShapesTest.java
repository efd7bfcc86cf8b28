package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.absent;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 24's German clause shapes and references, one behaviour per test, each on sentences the team wrote for it
 * (src/test/resources/extract/de); the positive shapes also have rows in rule-examples/de.tsv.
 */
class GermanClauseShapesTest {

    private static List<Fact> facts(String name) { return Extraction.of("de", name); }

    @Test
    void theSubjectOfLassenIsNotTheFabricator() {
        List<Fact> facts = facts("lassenMachtDenVeranlasserNichtZumFertiger");
        fact(facts, "TSMC", "fabricates", "Gaudi 3");
        fact(facts, "TSMC", "fabricates", "Intel");
        absent(facts, "Intel", "fabricates", "Gaudi 3");
    }

    @Test
    void anInfinitiveClauseTakesTheSubjectOfItsMainClause() {
        fact(facts("infinitivMitZuNimmtDasSubjekt"), "UMC", "fabricates", "Biren");
    }

    @Test
    void anInfinitiveAfterDenyingOrNegationStatesNoFact() {
        List<Fact> facts = facts("infinitivNachBestreitenIstKeinFakt");
        absent(facts, "Micron", "supplies", "Huawei");
        absent(facts, "Intel", "supplies", "Baidu");
    }

    @Test
    void anInfinitiveAfterAskingSomeoneStatesNoFact() {
        List<Fact> facts = facts("infinitivNachBittenIstKeinFakt");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("supplies")), dump(facts));
    }

    @Test
    void pluralChipsReferToTheChipNamedBefore() {
        fact(facts("chipsImPluralVerweisenAufDenChip"), "SMIC", "fabricates", "Ascend 920");
    }

    @Test
    void chipsOfACompanyAreNoReference() {
        List<Fact> facts = facts("chipsEinerFirmaSindKeinVerweis");
        absent(facts, "TSMC", "fabricates", "Ascend 920");
    }

    @Test
    void chipsThatHoldTheGoodsAreNotTheGoodsSold() {
        List<Fact> facts = facts("chipAlsOrtIstKeineWare");
        fact(facts, "Micron", "supplies", "AMD");
        absent(facts, "AMD", "supplies", "Micron");
    }

    @Test
    void nichtMehrOrNichtClosingTheClauseNegatesIt() {
        List<Fact> facts = facts("nichtMehrAmSatzendeVerneint");
        absent(facts, "Samsung", "supplies", "Huawei");
        absent(facts, "Micron", "supplies", "Inspur");
        fact(facts, "Samsung", "supplies", "Apple");
    }

    @Test
    void aDescriptionWithAPlaceOrYearAttributeRefersBack() {
        List<Fact> facts = facts("ansaessigesUnternehmenVerweistZurueck");
        fact(facts, "AMD", "supplies", "Microsoft");
        fact(facts, "Nvidia", "supplies", "Baidu");
    }
}
