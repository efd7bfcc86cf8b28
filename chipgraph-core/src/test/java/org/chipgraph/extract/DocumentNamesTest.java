package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Names the article itself gives away: a name one rule's slot confirmed is a name in every sentence of the article
 * ({@link ConfirmedNames}); a lone word heading an English sentence is a tentative name when the article writes it
 * capitalised inside a sentence ({@link ArticleCapitals}) or it stands alone before its verb ({@link EnglishHeadNames}).
 * Each test reads a small article written for it (extract/en, extract/de), all names invented.
 */
class DocumentNamesTest {

    @Test
    void aNameConfirmedLaterIsANameInAnEarlierSentence() {
        // "Nvidia beliefert ... auch Pallister": a lone German word, a name only once "bei Pallister bestellt" confirmed it
        List<Fact> facts = Extraction.of("de", "bestaetigterNameGiltImGanzenArtikel");
        Fact f = fact(facts, "Nvidia", "supplies", "Pallister");
        assertTrue(f.object().discovered(), () -> f.object().toString());
    }

    @Test
    void aHeadWordTheArticleCapitalisesInsideASentenceIsConfirmedByItsSlot() {
        fact(Extraction.of("en", "headWordNamedInsideASentence"), "Lattice", "supplies", "Brackenfold Cloud");
    }

    @Test
    void aLoneHeadWordBeforeItsVerbIsConfirmedByItsSlot() {
        fact(Extraction.of("en", "headWordBeforeItsVerb"), "Crandall", "makes", "C9");
    }

    @Test
    void aPluralHeadingTheSentenceIsNoName() {
        noneNamed(Extraction.of("en", "headWordBeforeItsVerb"), "Distributors");
    }

    @Test
    void wordsTheArticleAlsoWritesInLowerCaseAreNoNames() {
        String a = "Sales at the Cloud unit of Lattice rose, and Vantor grew too.", b = "Vantor runs its own cloud.";
        Set<String> names = ArticleCapitals.of(List.of(new SentenceState(new SentenceSplitter.Sentence(0, a.length(), a)),
                new SentenceState(new SentenceSplitter.Sentence(60, 60 + b.length(), b))), false);
        assertEquals(Set.of("Lattice", "Vantor"), names);
    }
}
