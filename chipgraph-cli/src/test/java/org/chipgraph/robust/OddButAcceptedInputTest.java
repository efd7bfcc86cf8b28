package org.chipgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.fact.Fact;
import org.chipgraph.rdf.Iris;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.Article;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Inputs that are odd but valid are accepted, and read right: a UTF-8 byte order mark, and CRLF line
 * ends (bad/bom.txt, bad/crlf.txt). Their facts are those of the same text without the oddity, and
 * every fact's offsets point at its sentence in the file's text.
 */
@Tag("integration")
class OddButAcceptedInputTest {
    static final ReferenceData REFERENCE = ReferenceData.load();
    static final ArticleReader READER = new ArticleReader(new LanguageDetector(), null);
    static final NewsExtractor EXTRACTOR = new NewsExtractor(REFERENCE);

    @Test
    void aByteOrderMarkIsAcceptedAndNotPartOfTheHeader() throws Exception {
        Article a = READER.read(Fixtures.BAD.resolve("bom.txt"));
        assertEquals("BOM article", a.title());
        assertEquals("2024-04-02", a.date().toString());
        assertSameFactsAsPlainText(a, new String(Files.readAllBytes(Fixtures.BAD.resolve("bom.txt")), StandardCharsets.UTF_8).substring(1));
    }

    @Test
    void crlfLineEndsAreAcceptedWithOffsetsIntoTheFileText() throws Exception {
        Article a = READER.read(Fixtures.BAD.resolve("crlf.txt"));
        assertEquals("CRLF article", a.title());
        assertFalse(a.headers().values().stream().anyMatch(v -> v.contains("\r")), "no CR in header values");
        assertTrue(a.body().strip().startsWith("AMD will supply"), a.body());
        assertSameFactsAsPlainText(a, Files.readString(Fixtures.BAD.resolve("crlf.txt")).replace("\r\n", "\n"));
    }

    /** The article's facts equal those of {@code plain} (same text, no oddity), and each offset pair selects its sentence. */
    static void assertSameFactsAsPlainText(Article odd, String plain) throws Exception {
        Path tmp = Files.createTempFile("plain", ".txt");
        try {
            Files.writeString(tmp, plain);
            Article p = READER.read(tmp, plain.getBytes(StandardCharsets.UTF_8));
            List<Fact> oddFacts = EXTRACTOR.extract(odd, Iris.document(odd.name()));
            List<Fact> plainFacts = EXTRACTOR.extract(p, Iris.document(odd.name()));
            assertEquals(plainFacts.stream().map(OddButAcceptedInputTest::gist).toList(), oddFacts.stream().map(OddButAcceptedInputTest::gist).toList());
            for (Fact f : oddFacts) {
                var pr = f.provenance();
                if (pr.sentence() == null) continue;
                String at = odd.content().substring(pr.start(), pr.end());
                assertEquals(pr.sentence().strip(), at.strip(), "offsets " + pr.start() + "-" + pr.end() + " select the sentence");
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String gist(Fact f) { return f.subject().iri() + " " + f.relation() + " " + f.objectLabel(); }
}
