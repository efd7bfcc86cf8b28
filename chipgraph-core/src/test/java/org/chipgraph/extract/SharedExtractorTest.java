package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chipgraph.fact.Fact;
import org.chipgraph.source.Article;
import org.junit.jupiter.api.Test;

/** One extractor instance shared by many threads gives each article the same facts as a single thread does. */
class SharedExtractorTest {

    private static final String[][] ARTICLES = {
            {"en", "orderWithLowerBoundAndYear"}, {"en", "receivedQuantityWithUpperBoundAndMonth"},
            {"en", "descriptionResolvesToNearestCompany"}, {"en", "exportBanRestrictsChipAndCountrySinceYear"},
            {"de", "germanOrderWithVerbSecond"}, {"de", "germanHomeWordHeadquarters"}, {"de", "germanControlVerbRestrictsChip"},
    };

    private static String render(List<Fact> facts) {
        StringBuilder sb = new StringBuilder();
        for (Fact f : facts) sb.append(f.subject().iri()).append(' ').append(f.relation()).append(' ').append(f.objectLabel())
                .append(' ').append(f.quantity()).append(' ').append(f.date()).append(' ').append(f.confidence()).append('\n');
        return sb.toString();
    }

    @Test
    void concurrentExtractionGivesTheSameFactsAsSequential() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (String[] a : ARTICLES) articles.add(Extraction.article(a[0], a[1]));
        List<String> expected = new ArrayList<>();
        for (Article a : articles) expected.add(render(Extraction.of(a)));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (Article a : articles) results.add(pool.submit(() -> render(Extraction.of(a))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % articles.size()), results.get(i).get(), "article " + articles.get(i % articles.size()).name());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
