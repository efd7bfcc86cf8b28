package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Names of capitalised parts joined by hyphens (issue 12, item 2, session 28): one name, found by the name finder
 * and by the discovery cues, not its last part alone; compounds of places, given names and (German) a name with a
 * common noun are none. Articles of invented names in extract/{en,de}.
 */
class HyphenNamesTest {

    @Test
    void anEnglishHyphenNameInAnAppositionIsOneCompany() {
        List<Fact> facts = Extraction.of("en", "hyphenNamesAreOneName");
        fact(facts, "Brisk-Ware", "headquarteredIn", "Poland");
        fact(facts, "Nvidia", "supplies", "Brisk-Ware");
        noneNamed(facts, "Ware", "Brisk");
    }

    @Test
    void anEnglishHyphenNameOpeningWithOneLetterIsACompany() {
        fact(Extraction.of("en", "hyphenNamesAreOneName"), "K-Ostrel", "supplies", "Baidu");
    }

    @Test
    void englishCompoundsOfPlacesOrGivenNamesAreNoCompanies() {
        List<Fact> facts = Extraction.of("en", "hyphenCompoundsOfPlacesAndPersonsAreNoNames");
        fact(facts, "Pelvane", "buys", "B200");
        noneNamed(facts, "US-China", "China", "Anna-Lena", "Anna-Lena Borg", "Lena Borg");
    }

    @Test
    void aGermanHyphenNameEndingInAnEnglishCompanyWordIsACompany() {
        fact(Extraction.of("de", "hyphenNamesAreOneName"), "T-Netcom", "supplies", "Xelnet");
    }

    @Test
    void aGermanHyphenNameKeepsALastPartThatIsAlsoAProductNoun() {
        // ("Systems" alone is what a company sells, cut off a name's end; in a hyphen name it is the name's)
        fact(Extraction.of("de", "hyphenNamesAreOneName"), "Velt-Systems", "supplies", "Orvisa");
    }

    @Test
    void aGermanHyphenNameEndingInAnAcronymIsACompany() {
        fact(Extraction.of("de", "hyphenNamesAreOneName"), "Ardel-NL", "supplies", "Vorsa");
    }

    @Test
    void germanCompoundsOfANameAndANounAreNoCompanies() {
        noneNamed(Extraction.of("de", "hyphenCompoundsAfterANameAreNoNames"), "Velt-Lager", "Lager", "Samsung-Werk", "Werk", "Nvidia-Chips");
    }

    @Test
    void aHyphenFamilyBeforeAModelNumberNamesAChip() {
        fact(Extraction.of("en", "hyphenChipFamilies"), "Amazon", "buys", "Zorva-Core 4");
    }

    @Test
    void aGermanHyphenFamilyAfterAChipNounNamesAChip() {
        fact(Extraction.of("de", "hyphenChipFamilies"), "Samsung", "fabricates", "Narvo-Core 5");
    }

    private static final HyphenNames ENGLISH = new HyphenNames("en", NameShapes.of("en"),
            PatternFile.parse("test", "first-name = Anna\nplace = texas\n"), java.util.Set.of("China", "US"));

    private static boolean name(String text) { return ENGLISH.isName(text, 0, text.length()); }

    @Test
    void twoUnknownCapitalisedPartsAreAName() {
        assertTrue(name("Velt-Ostra"));
    }

    @Test
    void aCountryPartMakesNoName() {
        assertFalse(name("US-China"));
    }

    @Test
    void aPlacePartMakesNoName() {
        assertFalse(name("Velt-Texas"));
    }

    @Test
    void aGivenNamePartMakesNoName() {
        assertFalse(name("Anna-Lena"));
    }

    @Test
    void oneLetterEndsNoName() {
        assertFalse(name("Plan-B"));
    }
}
