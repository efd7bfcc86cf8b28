package org.chipgraph.robust;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.fact.Fact;
import org.chipgraph.error.InputError;
import org.chipgraph.rdf.DocumentGraph;
import org.chipgraph.rdf.Iris;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.Article;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;

/**
 * Fuzzes the article reader and the news extractor with arbitrary bytes: each input is read as an
 * article or rejected with the project's own {@link InputError}; an article read goes through
 * the extractor and into its document graph, and every fact's offsets lie within the text. Any other
 * exception, or a hang, is a finding.
 *
 * <p>Regression mode (the default suite) runs the seeds in
 * {@code src/test/resources/org/chipgraph/robust/ArticleReaderFuzzTestInputs/readOrReject/}; fuzzing
 * mode: {@code JAZZER_FUZZ=1 mvn test -Dtest=ArticleReaderFuzzTest} (see docs/robustness.md).
 */
@Tag("integration")
class ArticleReaderFuzzTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final ArticleReader READER = new ArticleReader(new LanguageDetector(), null);
    private static final NewsExtractor EXTRACTOR = new NewsExtractor(REFERENCE);
    private static final Path FILE = Path.of("fuzzed.txt");

    @FuzzTest(maxDuration = "5m")
    void readOrReject(byte[] bytes) {
        Article article;
        try {
            article = READER.read(FILE, bytes);
        } catch (InputError expected) {
            assertTrue(expected.getMessage().startsWith(FILE.toString()), "the message names the file: " + expected.getMessage());
            assertTrue(expected.getMessage().lines().count() == 1, "one line: " + expected.getMessage());
            return;
        }
        assertTrue(article.bodyStart() >= 0 && article.bodyStart() <= article.content().length(), "body offset in the text");
        String docIri = Iris.document(article.name());
        List<Fact> facts;
        try {
            facts = EXTRACTOR.extract(article, docIri);
        } catch (InputError expected) {
            return;
        }
        for (Fact f : facts) {
            var p = f.provenance();
            if (p.sentence() != null) {
                assertTrue(0 <= p.start() && p.start() <= p.end() && p.end() <= article.content().length(), "fact offsets in the text: " + f);
            }
        }
        assertTrue(!DocumentGraph.of(article, facts).isEmpty());
    }
}
