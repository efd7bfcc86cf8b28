package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.find;
import static org.chipgraph.extract.Extraction.noneNamed;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * The name finder ({@link NameFinder}): names nobody registered and no cue marks are found by their shape and the
 * tagger, and what is capitalised without being a company or chip (persons, cities, months, authorities, German
 * common nouns) is not minted. One behaviour per test, each on a sentence written for it (extract/en, extract/de).
 */
class NameFinderTest {



    @Test
    void aNameWithoutCueIsFoundAndMintedAsDiscovered() {
        List<Fact> facts = Extraction.of("en", "nameFinderSupplySentenceWithPersonCityMonth");
        assertTrue(fact(facts, "Nvidia", "supplies", "Halvorn").object().discovered());
    }

    @Test
    void aPersonACityAndAMonthInASupplySentenceAreNotMintedAsCompanies() {
        List<Fact> facts = Extraction.of("en", "nameFinderSupplySentenceWithPersonCityMonth");
        noneNamed(facts, "Marcus Webb", "Webb", "Rotterdam", "Monday", "March");
    }

    @Test
    void aPersonInTheBuyerSlotIsNoCompany() {
        List<Fact> facts = Extraction.of("en", "nameFinderPersonIsNoCompany");
        noneNamed(facts, "Marcus Webb", "Marcus", "Webb");
    }

    @Test
    void aCityInTheBuyerSlotIsNoCompany() {
        noneNamed(Extraction.of("en", "nameFinderCityIsNoCompany"), "Rotterdam");
    }

    @Test
    void aMonthBeforeANameIsNoPartOfIt() {
        List<Fact> facts = Extraction.of("en", "nameFinderMonthIsNoPartOfAName");
        fact(facts, "Nvidia", "supplies", "Halvorn");
        noneNamed(facts, "March Halvorn", "March");
    }

    @Test
    void anAuthorityIsNoCompany() {
        noneNamed(Extraction.of("en", "nameFinderAgencyIsNoCompany"), "Commerce Ministry", "Commerce");
    }

    @Test
    void aModelShapeAfterANumberIsAChip() {
        fact(Extraction.of("en", "nameFinderModelShapeAfterANumberIsAChip"), "Alibaba", "orders", "Tessar9");
    }

    @Test
    void aModelShapeAsASubjectIsACompany() {
        fact(Extraction.of("en", "nameFinderModelShapeAsSubjectIsACompany"), "Orbis9", "orders", "H20");
    }

    @Test
    void aLetterAndNumberCompanyIsFoundButTheGroupOfTwentyIsNot() {
        List<Fact> facts = Extraction.of("en", "nameFinderLetterAndNumberCompany");
        fact(facts, "G5", "orders", "H20");
        noneNamed(facts, "G20");
    }

    @Test
    void germanNameWithoutCueIsFound() {
        fact(Extraction.of("de", "nameFinderNameWithoutCueIsFound"), "Nvidia", "supplies", "Korvani");
    }

    @Test
    void germanCommonNounAfterAGenitiveIsNoName() {
        noneNamed(Extraction.of("de", "nameFinderCommonNounAfterGenitiveIsNoName"), "Militär");
    }

    @Test
    void germanCommonNounAfterAnArticleIsNoName() {
        noneNamed(Extraction.of("de", "nameFinderCommonNounAfterArticleIsNoName"), "Rechenzentren", "Die Rechenzentren");
    }

    @Test
    void aCompanyNamedByItsWebDomainKeepsTheDomain() {
        List<Fact> facts = Extraction.of("en", "aWebDomainIsPartOfTheName");
        assertTrue(find(facts, "Vantiro.com", "buys", "H200").isPresent(), dump(facts));
        noneNamed(facts, "Vantiro", "com");
    }
}
