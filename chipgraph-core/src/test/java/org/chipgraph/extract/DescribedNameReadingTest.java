package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * German names right after their description, which the tagger reads as common nouns because they look like German
 * words (issue 12, item 2, session 29): a name after a description in the genitive, and a name in the first field
 * before the verb or a relative clause, is a name. Article of invented names in extract/de.
 */
class DescribedNameReadingTest {
    private static final String ARTICLE = "nameNachBeschreibungLiestDerTaggerAlsNomen";

    @Test
    void aNameAfterADescriptionInTheGenitiveIsACompany() {
        List<Fact> facts = Extraction.of("de", ARTICLE);
        fact(facts, "Kernfeld", "headquarteredIn", "South Korea");
        // (not the description taken for a reference to the company named before)
        absent(facts, "Samsung", "headquarteredIn", "South Korea");
    }

    @Test
    void aNameInTheFirstFieldBeforeARelativeClauseIsACompany() {
        fact(Extraction.of("de", ARTICLE), "Samsung", "supplies", "Stahlwerk");
    }

    @Test
    void aTimeNounBeforeANumberAfterAGenitiveIsNoName() {
        List<SentenceMentions> sentences = Extraction.EXTRACTOR.mentions(Extraction.article("de", ARTICLE), "urn:test");
        SentenceMentions last = sentences.get(sentences.size() - 1);
        assertTrue(last.mentions().stream().noneMatch(m -> last.text().substring(m.start(), m.end()).equals("Ende")), last.mentions().toString());
    }
}
