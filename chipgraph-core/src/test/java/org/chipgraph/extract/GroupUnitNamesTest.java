package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * A company's known name followed by a word for a unit of its group names that unit, another company (issue 12, item 2,
 * session 37; {@link GroupUnitNames}, name-shapes {@code unit-word}). Articles of invented names in extract/en and
 * extract/de.
 */
class GroupUnitNamesTest {
    private static final String EN = "unitWordAfterAKnownName";
    private static final String DE = "einheitNachEinemBekanntenNamen";

    /** The labels of the companies the extractor names in sentence {@code index} of the article. */
    private static Set<String> companies(String lang, String article, int index) {
        List<SentenceMentions> sentences = Extraction.EXTRACTOR.mentions(Extraction.article(lang, article), "urn:test");
        return sentences.get(index).mentions().stream().filter(m -> m.kind().equals("company") && !m.reference())
                .flatMap(m -> m.entities().stream()).map(e -> e.label()).collect(Collectors.toSet());
    }

    @Test
    void aUnitWordAfterARegisteredNameNamesTheUnit() {
        List<Fact> facts = Extraction.of("en", EN);
        fact(facts, "Korvani", "supplies", "Oracle Cloud");
        absent(facts, "Korvani", "supplies", "Oracle");
    }

    @Test
    void aUnitWordAfterAnArticlesShortFormNamesTheGroup() {
        Set<String> names = companies("en", EN, 2);
        assertTrue(names.contains("Marlow Sons"), names.toString());
        assertTrue(!names.contains("Marlow Electronics"), names.toString());
    }

    @Test
    void aGroupAndItsCloudUnitStayTwoCompanies() {
        Set<String> names = companies("en", EN, 3);
        assertTrue(names.containsAll(Set.of("Tarvo Group", "Tarvo Cloud")), names.toString());
    }

    @Test
    void aGermanGroupCompoundNamesTheGroupInEnglish() {
        Set<String> names = companies("de", DE, 0);
        assertTrue(names.contains("Halder Group"), names.toString());
    }

    @Test
    void aGermanUnitWordAfterAShortFormNamesTheGroup() {
        Set<String> names = companies("de", DE, 2);
        assertTrue(names.contains("Mirat Sons"), names.toString());
    }
}
