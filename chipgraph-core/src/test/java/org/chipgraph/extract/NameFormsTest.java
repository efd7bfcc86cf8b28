package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * The forms a reporter gives a name nobody registered (issue 12, item 2, session 24): a long name introduced once and
 * shortened afterwards (or the other way round), descriptors that belong to the name unless a legal form makes it a
 * formal registered name, a whole capitalised run before an apposition, a city that begins a firm's name, German
 * descriptor compounds before a name, "X & Y", memory parts named by their generation. One
 * behaviour per test, each on sentences written for it (extract/en, extract/de; all names invented).
 */
class NameFormsTest {

    @Test
    void aShortFormAfterTheLongNameIsTheSameCompany() {
        List<Fact> facts = Extraction.of("en", "shortFormAfterLongName");
        fact(facts, "Nvidia", "supplies", "Ostrel Linework");
        noneNamed(facts, "Ostrel");
    }

    @Test
    void germanShortFormAfterTheLongNameIsTheSameCompany() {
        List<Fact> facts = Extraction.of("de", "shortFormAfterLongName");
        fact(facts, "Nvidia", "supplies", "Ostrel Linework");
        noneNamed(facts, "Ostrel");
    }

    @Test
    void aShortFormBeforeTheLongNameTakesTheLongName() {
        List<Fact> facts = Extraction.of("en", "shortFormBeforeLongName");
        fact(facts, "Nvidia", "supplies", "Ostrel Linework");
        noneNamed(facts, "Ostrel", "Linework");
    }

    @Test
    void theShortFormIsTheFirstWordThatIsNoPlaceNorAGeneralWord() {
        EntityDiscovery d = new EntityDiscovery(NameShapes.of("en"), EntityDiscovery.index(),
                PatternFile.parse("test", "stop-words = the\nname-generic-word = Advanced|Global\n"), List.of(), Set.of("Ningbo"));
        assertEquals("Ostrel", d.shortForm("Ostrel Linework"));
        assertEquals("Lanxi", d.shortForm("Ningbo Lanxi Computing"));
        assertNull(d.shortForm("Advanced Packaging Works"), "a general word alone names nothing");
        assertNull(d.shortForm("Ostrel"), "a one-word name has no shorter form");
    }

    @Test
    void anAppositionTakesTheWholeNameWithItsDescriptors() {
        List<Fact> facts = Extraction.of("en", "appositionNameKeepsItsDescriptors");
        fact(facts, "Nvidia", "supplies", "Brennvik Integrated Circuit");
        fact(facts, "Kelmora Intelligence", "orders", "H200");
        noneNamed(facts, "Integrated", "Brennvik", "Kelmora");
    }

    @Test
    void onlyALegalFormMakesANameAFormalOneToShorten() {
        EntityDiscovery d = new EntityDiscovery(NameShapes.of("en"), EntityDiscovery.index(), PatternFile.parse("test", "stop-words = the\n"), List.of(), Set.of());
        assertEquals("Kelmora Intelligence", d.name("Kelmora Intelligence", "Company").label());
        assertEquals("Vantar", d.name("Vantar Intelligent Technology Co.", "Company").label());
        assertEquals("Vantar", d.name("Vantar Intelligent Technology", "Company").label(), "a formal name may close with its descriptors");
        assertEquals("Brennvik Integrated Circuit", d.name("Brennvik Integrated Circuit", "Company").label());
    }

    @Test
    void aCityBeforeCapitalisedWordsAndASuffixBeginsTheFirmsName() {
        List<Fact> facts = Extraction.of("en", "cityBeginsAFirmsName");
        fact(facts, "Nvidia", "supplies", "Ningbo Lanxi Computing");
        fact(facts, "Nvidia", "supplies", "Dalian Orvek Systems");
        noneNamed(facts, "Lanxi Computing", "Orvek Systems");
    }

    @Test
    void germanDescriptorCompoundAndCityAdjectiveAreNoPartOfTheName() {
        List<Fact> facts = Extraction.of("de", "descriptorCompoundBeforeAName");
        fact(facts, "Nvidia", "supplies", "Halvard Systems");
        fact(facts, "Wendrik", "buys", "H100");
        noneNamed(facts, "Bocholter Serverhersteller Halvard Systems", "Serverhersteller Halvard Systems");
    }

    @Test
    void twoNamesJoinedByAnAmpersandAreOneFirm() {
        List<Fact> facts = Extraction.of("de", "ampersandJoinsOneFirm");
        fact(facts, "Nvidia", "supplies", "Dorran & Pell");
        noneNamed(facts, "Dorran", "Pell");
    }

    @Test
    void aMemoryGenerationIsAChipAndSoIsBareHbm() {
        // the team's decision (docs/annotation-decisions.md): each generation and bare HBM are chips of the registry
        List<Fact> facts = Extraction.of("en", "memoryGenerationIsAChip");
        fact(facts, "Samsung", "makes", "HBM3E");
        fact(facts, "Tessary Cloud", "buys", "HBM4");
        fact(facts, "SK Hynix", "supplies", "Nvidia");
        fact(facts, "Nvidia", "buys", "HBM");
    }

    @Test
    void aMemoryGenerationTheRegistryLacksIsADiscoveredChip() {
        assertTrue(fact(Extraction.of("en", "memoryGenerationNotRegistered"), "Orlan Graphics", "buys", "GDDR7").object().discovered());
    }

    @Test
    void germanMemoryGenerationIsAChipAlsoInACompound() {
        List<Fact> facts = Extraction.of("de", "memoryGenerationIsAChip");
        fact(facts, "Nvidia", "buys", "HBM3E");
        fact(facts, "Tessary Systems", "buys", "HBM4");
    }
}
