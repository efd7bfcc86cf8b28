package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * A model named by letters, a hyphen and a number ("QX-1", "Tarno-9"; issue 12, item 2, session 26): the name finder
 * keeps the number after the hyphen in the name and types it by where it stands; a rank or stage with its number
 * ("Tier-1", "Phase-2", the language's not-chip-shape) is no model. Sentences written for it (extract/{en,de}/hyphenModelNumbers.txt).
 */
class HyphenModelNumbersTest {

    @Test
    void lettersAHyphenAndANumberNameAChip() {
        fact(Extraction.of("en", "hyphenModelNumbers"), "SMIC", "fabricates", "QX-1");
        fact(Extraction.of("de", "hyphenModelNumbers"), "SMIC", "fabricates", "QX-1");
    }

    @Test
    void aModelBeforePurposeWordsAndAChipNounIsAChip() {
        fact(Extraction.of("en", "hyphenModelNumbers"), "Meta", "buys", "Tarvo-4");
    }

    @Test
    void aRankOrStageWithItsNumberIsNoName() {
        for (String lang : List.of("en", "de")) {
            List<Fact> facts = Extraction.of(lang, "hyphenModelNumbers");
            noneNamed(facts, "QX", "Tier-1", "Phase-2", "Tier", "Phase");
        }
    }
}
