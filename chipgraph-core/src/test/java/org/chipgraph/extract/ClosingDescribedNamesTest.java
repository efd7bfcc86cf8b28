package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * German names that close the phrase of their description (issue 12, item 2, session 36): after an article and a
 * description, in any case, a word the tagger reads as a common noun is a name when a punctuation mark, a conjunction or
 * the sentence's end follows it; not a goods noun of a verb with two objects. Article of invented names in extract/de.
 */
class ClosingDescribedNamesTest {
    private static final String ARTICLE = "nameSchliesstDiePhraseSeinerBeschreibung";

    @Test
    void aNameBeforeTheSentenceEndAfterADescriptionIsACompany() {
        fact(Extraction.of("de", ARTICLE), "Samsung", "supplies", "Kernwerk");
    }

    @Test
    void aNameAfterAHyphenatedDescriptionIsACompany() {
        assertTrue(named(1, "Brandmauer"));
    }

    @Test
    void aNameBeforeARelativeClauseIsACompany() {
        assertTrue(named(2, "Nordlicht"));
    }

    @Test
    void goodsAfterADescriptionAreNoCompany() {
        List<Fact> facts = Extraction.of("de", ARTICLE);
        absent(facts, "Speicher", "supplies", "Oracle");
        assertFalse(named(3, "Speicher"));
        assertFalse(named(4, "Speicher"));
    }

    /** Does sentence {@code index} of the article have a mention of exactly {@code name}? */
    private static boolean named(int index, String name) {
        List<SentenceMentions> sentences = Extraction.EXTRACTOR.mentions(Extraction.article("de", ARTICLE), "urn:test");
        SentenceMentions s = sentences.get(index);
        return s.mentions().stream().anyMatch(m -> s.text().substring(m.start(), m.end()).contains(name)
                && m.entities().stream().anyMatch(e -> e.label().equals(name)));
    }
}
