package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Possessives belong to the subject of their clause ({@link ClauseSubjects}), not to the nearest company; chips are
 * named by their head noun and known by that name for the rest of the article; a city of the gazetteer
 * ({@code patterns/cities.tsv}) places a company only where the text says it is based there. Each on a sentence written for it
 * (src/test/resources/extract/en, de).
 */
class PossessivesAndChipNamesTest {


    @Test
    void possessiveInAnObjectPhraseBelongsToTheSubject() {
        List<Fact> facts = Extraction.of("en", "possessiveInObjectPhrase");
        fact(facts, "Korvelt", "makes", "KV40");
        absent(facts, "Tencent", "makes", "KV40");
    }

    @Test
    void possessiveAfterAPrepositionalObjectBelongsToTheSubject() {
        List<Fact> facts = Extraction.of("en", "possessiveAfterPreposition");
        fact(facts, "Sarvona Micro", "makes", "S9");
        absent(facts, "Baidu", "makes", "S9");
    }

    @Test
    void possessiveInARelativeClauseBelongsToTheCompanyBeforeIt() {
        List<Fact> facts = Extraction.of("en", "possessiveInRelativeClause");
        fact(facts, "Halvex", "makes", "QX4");
        absent(facts, "Tencent", "makes", "QX4");
    }

    @Test
    void germanIhreBelongsToTheSubject() {
        List<Fact> facts = Extraction.of("de", "possessiveIhreOfSubject");
        fact(facts, "Velmora", "makes", "V9");
        absent(facts, "Nvidia", "makes", "V9");
    }

    @Test
    void germanIhreOfAListBelongsToNoOneCompany() {
        List<Fact> facts = Extraction.of("de", "possessiveIhreOfList");
        absent(facts, "Samsung", "makes", "HBM3");
        absent(facts, "SK Hynix", "makes", "HBM3");
    }

    @Test
    void aNameWithoutDigitAfterADeterminerBeforeChipsIsNoChip() {
        List<Fact> facts = Extraction.of("en", "nameBeforeChipNounAfterDeterminer");
        assertTrue(facts.stream().noneMatch(f -> f.objectLabel() != null && f.objectLabel().equals("Orvanta") && f.relation().localName.equals("buys")),
                () -> "Orvanta taken for a chip:" + dump(facts));
    }

    @Test
    void aChipNamedBeforeIsKnownAtTheHeadOfALaterSentence() {
        List<Fact> facts = Extraction.of("en", "chipNamedAgainAtSentenceStart");
        fact(facts, "TSMC", "fabricates", "P-300");
    }

    @Test
    void aGazetteerCityWithoutCompanyContextNamesNoCountry() {
        List<Fact> facts = Extraction.of("en", "cityWithoutCompanyContext");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("headquarteredIn")), () -> "a seat from a mere place:" + dump(facts));
        Extraction.noneNamed(facts, "Germany", "France", "Munich", "Toulouse");
    }

    @Test
    void aLonePlainWordBeforeSaidItIsNoCompany() {
        List<Fact> facts = Extraction.of("en", "surnameSaidIt");
        Extraction.noneNamed(facts, "Okafor");
    }

    @Test
    void aDescriptionOpeningItsClauseRefersToTheSubjectBefore() {
        List<Fact> facts = Extraction.of("de", "descriptionOpeningItsClause");
        fact(facts, "Nvidia", "supplies", "Tencent");
        absent(facts, "Baidu", "supplies", "Tencent");
    }

    @Test
    void aModelNamedInAppositionToAChipNounIsAChip() {
        // "its first accelerator, the VK-1,": the name after the comma is the chip the noun spoke of
        fact(Extraction.of("en", "chipNamedInAppositionToAChipNoun"), "Velkor", "makes", "VK-1");
    }

    @Test
    void aModelShapeBeforeAPlantNounIsNoChip() {
        // "Kestova's K15X fab": a plant named like a model (name-product-noun), not a chip Kestova makes
        List<Fact> facts = Extraction.of("en", "modelNamedPlantIsNoChip");
        absent(facts, "Kestova", "makes", "K15X");
        fact(facts, "Kestova", "makes", "K7");
    }
}
