package org.chipgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import org.junit.jupiter.api.Test;

/** An article whose bytes were read elsewhere (a Spark task reading HDFS) gives the graph its file gives. */
class ArticleBytesTest {

    @Test
    void articleFromBytesGivesTheSameGraphAsFromItsFile() throws Exception {
        ArticleIngest pipeline = new ArticleIngest(new ArticleReader(new LanguageDetector(), null), new NewsExtractor(ReferenceData.load()), 1);
        Path file = Path.of("samples/en-alibaba-ascend-orders.txt");
        DocumentResult fromFile = pipeline.process(file, "en-alibaba-ascend-orders.txt");
        DocumentResult fromBytes = pipeline.process(file, Files.readAllBytes(file), "en-alibaba-ascend-orders.txt");
        assertEquals(fromFile.graph(), fromBytes.graph());
        assertTrue(fromFile.facts().size() > 0, "the sample has facts");
    }
}
