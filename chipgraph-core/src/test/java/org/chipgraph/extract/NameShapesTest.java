package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.find;
import static org.chipgraph.extract.Extraction.noneNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.chipgraph.error.InputError;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Names nobody registered, found by the name shapes of {@code patterns/<lang>.name-shapes.txt} ({@link NameShapes})
 * and by document-level propagation: a place that begins a company's name, a formal registered name and the name it
 * goes by, a model number after a chip noun, and a name learnt later in an article that is a mention where it was
 * named before. Each test reads a small article written for it (extract/en, extract/de), all names invented.
 */
class NameShapesTest {



    @Test
    void aPlaceBeforeTradeWordsBeginsACompanyName() {
        List<Fact> facts = Extraction.of("en", "placeBeforeTradeWordsBeginsACompanyName");
        assertTrue(fact(facts, "Nvidia", "supplies", "Osaka Precision").object().discovered());
        noneNamed(facts, "Precision");
    }

    @Test
    void aPlaceBeforeTradeWordsBeginsACompanyNameInGerman() {
        List<Fact> facts = Extraction.of("de", "placeBeforeTradeWordsBeginsACompanyName");
        fact(facts, "Nvidia", "supplies", "Osaka Precision");
        noneNamed(facts, "Precision");
    }

    @Test
    void aPlaceBeforeTradeWordsThatGoOnIntoAnAssociationIsNoCompany() {
        List<Fact> facts = Extraction.of("en", "placeBeforeAnAssociationIsNoCompany");
        fact(facts, "Nvidia", "supplies", "Microsoft");
        noneNamed(facts, "Korea Semiconductor", "Korea Semiconductor Industry Association", "Semiconductor Industry Association");
    }

    @Test
    void aRegisteredNameIsLabelledByTheNameBeforeItsDescriptors() {
        List<Fact> facts = Extraction.of("en", "registeredNameGoesByTheNameBeforeItsDescriptors");
        assertTrue(fact(facts, "Vantar", "orders", "H20").subject().discovered());
        noneNamed(facts, "Vantar Intelligent Technology Co.", "Vantar Intelligent");
    }

    @Test
    void aModelNumberAfterAChipNounIsAChip() {
        fact(Extraction.of("de", "modelNumberAfterAChipNounIsAChip"), "TSMC", "fabricates", "Z9");
    }

    @Test
    void aNameLearntLaterIsAMentionWhereTheArticleNamedItBefore() {
        fact(Extraction.of("en", "nameLearntLaterIsAMentionBefore"), "Korvala", "orders", "MI300X");
    }

    @Test
    void aNameLearntLaterIsAMentionWhereTheArticleNamedItBeforeInGerman() {
        fact(Extraction.of("de", "nameLearntLaterIsAMentionBefore"), "Korvala", "orders", "MI300X");
    }

    @Test
    void modelShapesListedAfterAChipAreChips() {
        List<Fact> facts = Extraction.of("en", "modelShapesListedAfterAChipAreChips");
        fact(facts, "Microsoft", "orders", "K40");
        fact(facts, "Microsoft", "orders", "K4");
    }

    @Test
    void aModelShapeRightAfterItsMakerIsAChip() {
        fact(Extraction.of("en", "modelShapeAfterItsMakerIsAChip"), "Microsoft", "buys", "K70");
    }

    @Test
    void aModelShapeBeforeAProductNounIsNoChip() {
        noneNamed(Extraction.of("en", "modelShapeBeforeAProductNounIsNoChip"), "S24", "Samsung S24");
    }

    @Test
    void aGermanGenitiveOfANewNameBeforeANounNamesItsOwner() {
        List<Fact> facts = Extraction.of("de", "genitiveOfANewNameBeforeANoun");
        fact(facts, "Orvanta", "makes", "Z9");
        noneNamed(facts, "Orvantas", "Orvantas Beschleuniger");
    }

    @Test
    void aPersonAfterACommaIsNoMemberOfAListOfCompanies() {
        List<Fact> facts = Extraction.of("en", "personAfterACommaIsNoListMember");
        fact(facts, "Nvidia", "supplies", "Orvanta");
        noneNamed(facts, "Lena Marsh");
    }

    @Test
    void theLastMemberOfAListStaysACompanyWhenAVerbOfSayingFollowsIt() {
        // "A, B and C said": only a name after a comma reads as a person by the verb after it
        List<Fact> facts = Extraction.of("en", "lastMemberOfAListMaySpeak");
        fact(facts, "Lumina", "orders", "H20");
        fact(facts, "Orvanta", "orders", "H20");
    }

    @Test
    void theBrandOfARegisteredNameDropsPlacesDescriptorsAndSuffixes() {
        EntityDiscovery d = new EntityDiscovery(NameShapes.of("en"), EntityDiscovery.index(), PatternFile.parse("test", "stop-words = the\n"), List.of(), Set.of("Beijing"));
        assertEquals("Vantar Labs", d.brand("Vantar Labs Intelligent Technology Beijing Co."));
        // suffixes alone are no registered-name descriptors: the name keeps its words
        assertEquals("Vantar Technologies Inc.", d.brand("Vantar Technologies Inc."));
    }

    @Test
    void aNameShapeLineWithAnUnknownKeyIsAnErrorNamingTheLine() {
        InputError e = assertThrows(InputError.class, () -> NameShapes.parse("x.name-shapes.txt", "# c\nplace-name-head = Zinc\nname-heads = Steel\n"));
        assertTrue(e.getMessage().startsWith("x.name-shapes.txt:3: expected"), e.getMessage());
    }
}
