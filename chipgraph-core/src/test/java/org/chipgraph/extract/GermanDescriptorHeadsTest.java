package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * German descriptions that name what kind of company follows (issue 12, session 34): an energy supplier, a research
 * institute and a GPU cloud ("Neocloud") introduce a name as a maker or dealer does. Sentences written for these tests (extract/de; names invented, but Kunlunxin).
 */
class GermanDescriptorHeadsTest {

    @Test
    void anEnergySupplierBeforeANameMakesItACompany() {
        fact(Extraction.of("de", "beschreibungenNennenDieArtDesUnternehmens"), "Borvalt", "subsidiaryOf", "Trennwald");
    }

    @Test
    void aResearchInstituteBeforeANameMakesItACompany() {
        fact(Extraction.of("de", "beschreibungenNennenDieArtDesUnternehmens"), "Quelmark Rechenwerk", "buys", "H200");
    }

    @Test
    void aNeocloudIsADescriptionNotPartOfTheName() {
        List<Fact> facts = Extraction.of("de", "beschreibungenNennenDieArtDesUnternehmens");
        fact(facts, "Nvidia", "supplies", "Ostravel Compute");
        noneNamed(facts, "Neocloud Ostravel Compute");
    }

    @Test
    void kunlunxinIsACompanyOfItsOwnNotBaidu() {
        List<Fact> facts = Extraction.of("de", "kunlunxinIstEigenesUnternehmen");
        fact(facts, "Kunlunxin", "supplies", "Lenovo");
        absent(facts, "Baidu", "supplies", "Lenovo");
    }
}
