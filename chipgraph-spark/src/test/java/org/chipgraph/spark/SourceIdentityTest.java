package org.chipgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.ingest.ArticleIngest;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import org.junit.jupiter.api.Test;

/** The key an article is sharded by, read from its header lines alone, is the document the CLI makes of it. */
class SourceIdentityTest {

    @Test
    void shardKeyIsTheDocumentIngestMakes() throws Exception {
        ArticleIngest pipeline = new ArticleIngest(new ArticleReader(new LanguageDetector(), null), new NewsExtractor(ReferenceData.load()), 1);
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("samples")), Files.list(Path.of("chipgraph-spark/src/test/resources/spark/rows-as-files")))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String name = "sub/" + f.getFileName();
            assertEquals(pipeline.process(f, name).graph().graphIri(), SourceIdentity.docIri(Files.readAllBytes(f), name), f.toString());
        }
    }

    @Test
    void theLastUrlHeaderCountsAndAMalformedHeaderEndsTheScan() {
        assertEquals("https://b", SourceIdentity.url("# url: https://a\n# URL:  https://b \n\ntext"));
        assertEquals(null, SourceIdentity.url("# date 2024\n# url: https://a\n\ntext"));
        assertEquals("https://a", SourceIdentity.url("\uFEFF# url: https://a\ntext # url: https://c"));
    }
}
