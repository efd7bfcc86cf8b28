package org.chipgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A table row is rendered as the article file it stands for, so the CLI's reader checks it as a file. */
class TableRowTest {

    @Test
    void rowRendersAsTheFileWithItsColumnsAsHeaders() throws Exception {
        String file = Files.readString(Path.of("chipgraph-spark/src/test/resources/spark/rows-as-files/nvidia.txt"), StandardCharsets.UTF_8);
        String text = file.substring(file.indexOf("\n\n") + 2);
        assertEquals(file, TableArticles.render("https://example.org/spark-test/nvidia-h20", "2024-12-03", "en", "Nvidia designs the H20 for China", text));
    }

    @Test
    void aTimestampIsTheDayItNamesAndLineBreaksInATitleBecomeSpaces() {
        assertEquals("# url: u\n# date: 2024-03-05\n# title: a b\n\nx", TableArticles.render("u", "2024-03-05T10:00:00Z", null, "a\nb", "x"));
        assertEquals("2024-03", TableArticles.day("2024-03"));
    }
}
