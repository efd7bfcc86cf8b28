package org.chipgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.extract.SentenceMentions;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.Article;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extractor's read-only look at what it recognised: each sentence with its index and its mentions' entities. */
class ExtractorMentionsTest {
    private static Article article;
    private static List<SentenceMentions> sentences;

    @BeforeAll
    static void extract() {
        article = new ArticleReader(new LanguageDetector(), null).read(Path.of("chipgraph-core/src/test/resources/eval/mentions/three-sentences.txt"));
        sentences = new NewsExtractor(ReferenceData.load()).mentions(article, "urn:test:three-sentences");
    }

    private static List<String> labels(SentenceMentions s) {
        return s.mentions().stream().flatMap(m -> m.entities().stream()).map(EntityRef::label).toList();
    }

    @Test
    void everySentenceIsThereInOrderWithWhereItStands() {
        assertEquals(3, sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            SentenceMentions s = sentences.get(i);
            assertEquals(i, s.index());
            assertEquals("en", s.language());
            assertTrue(article.content().startsWith(s.text(), s.start()), s.text());
        }
        assertEquals(List.of(), sentences.get(2).mentions());
    }

    @Test
    void aMentionNamesItsEntitiesAndItsOffsetsAreIntoTheSentence() {
        SentenceMentions first = sentences.get(0);
        assertEquals(List.of("Samsung", "Nvidia", "AMD"), labels(first));
        SentenceMentions.Named samsung = first.mentions().get(0);
        assertEquals("Samsung", first.text().substring(samsung.start(), samsung.end()));
        assertEquals("company", samsung.kind());
    }

    @Test
    void aResolvedReferenceIsMarkedAndNamesWhatItRefersTo() {
        SentenceMentions second = sentences.get(1);
        assertEquals(List.of("Samsung"), labels(second));
        assertTrue(second.mentions().get(0).reference());
    }
}
