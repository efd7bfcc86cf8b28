package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * "Internet" is a generic word of company names (issue 12, item 2, session 36): it ends a name ("Tamsu Internet"), and is
 * no name alone. Article of invented names in extract/en.
 */
class InternetEndsANameTest {
    private static final String ARTICLE = "internetEndsACompanyName";

    @Test
    void internetAfterANameIsPartOfIt() {
        List<Fact> facts = Extraction.of("en", ARTICLE);
        fact(facts, "Korvani", "supplies", "Tamsu Internet");
        absent(facts, "Korvani", "supplies", "Tamsu");
    }

    @Test
    void internetAloneIsNoCompany() {
        List<SentenceMentions> sentences = Extraction.EXTRACTOR.mentions(Extraction.article("en", ARTICLE), "urn:test");
        SentenceMentions s = sentences.get(1);
        assertTrue(s.mentions().stream().noneMatch(m -> m.entities().stream().anyMatch(e -> e.label().equals("Internet"))), s.mentions().toString());
    }
}
