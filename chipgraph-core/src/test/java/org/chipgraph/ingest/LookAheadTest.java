package org.chipgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chipgraph.extract.ArticleExtractor;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.fact.Fact;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.Article;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the sink holds one document (as the store writer does during a commit), the extractors go on with the
 * articles after it, up to the pipeline's look-ahead; documents still reach the sink in input order.
 */
class LookAheadTest {
    static final int ARTICLES = 30;
    static final ReferenceData REFERENCE = ReferenceData.load();

    @TempDir
    static Path dir;
    static List<Path> files = new ArrayList<>();

    @BeforeAll
    static void articles() throws Exception {
        String text = Files.readString(Path.of("samples/en-alibaba-ascend-orders.txt"));
        for (int i = 0; i < ARTICLES; i++) {
            // each copy its own document: its own '# url:'
            String copy = text.replaceFirst("(?m)^# url: (\\S+)$", "# url: $1-" + i);
            files.add(Files.writeString(dir.resolve(String.format("a-%02d.txt", i)), copy));
        }
    }

    /** The news extractor, counting the articles it has extracted. */
    record Counting(ArticleExtractor inner, AtomicInteger done) implements ArticleExtractor {
        @Override public List<Fact> extract(Article article, String docIri) {
            List<Fact> facts = inner.extract(article, docIri);
            done.incrementAndGet();
            return facts;
        }
        @Override public String name() { return inner.name(); }
        @Override public String version() { return inner.version(); }
    }

    static ArticleIngest pipeline(AtomicInteger done) {
        return new ArticleIngest(new ArticleReader(new LanguageDetector(), null), new Counting(new NewsExtractor(REFERENCE), done), 2);
    }

    @Test
    void whileTheSinkHoldsADocumentTheExtractorsGoOnUpToTheLookAhead() throws Exception {
        AtomicInteger done = new AtomicInteger();
        ArticleIngest pipeline = pipeline(done).lookingAhead(20);
        List<String> order = new ArrayList<>();
        int[] seenWhileHeld = new int[1];
        pipeline.run(files, false, r -> {
            if (order.isEmpty()) seenWhileHeld[0] = waitFor(done, 20);
            order.add(r.file().getFileName().toString());
        }, f -> { throw new AssertionError(f.message()); });
        assertEquals(20, seenWhileHeld[0], "the document held and the 19 after it were extracted meanwhile, and no more");
        assertEquals(files.stream().map(f -> f.getFileName().toString()).toList(), order, "documents reach the sink in input order");
    }

    @Test
    void aPipelineKeepsItsOwnLookAheadWhenAskedForLess() {
        ArticleIngest pipeline = pipeline(new AtomicInteger());
        assertEquals(8, pipeline.lookAhead(), "4 articles per thread");
        assertSame(pipeline, pipeline.lookingAhead(3));
        assertEquals(200, pipeline.lookingAhead(200).lookAhead());
    }

    /** Waits until {@code n} articles were extracted or no more come for a while; returns how many were. */
    private static int waitFor(AtomicInteger done, int n) {
        long quietSince = System.nanoTime();
        int last = done.get();
        while (done.get() < n && System.nanoTime() - quietSince < 60_000_000_000L) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (done.get() != last) {
                last = done.get();
                quietSince = System.nanoTime();
            }
        }
        try {
            Thread.sleep(200); // an extractor that would run past the look-ahead shows itself here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return done.get();
    }
}
