package org.chipgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows of JSON Lines and Parquet tables (url, date, lang, title, text) are articles like the files they
 * stand for: the same facts as the .txt files with those headers; a broken row goes to rejects.
 */
@Tag("integration") // Spark in local mode: seconds to start, run by mvn verify
class TableInputTest {
    static final Path ROWS = Path.of("chipgraph-spark/src/test/resources/spark/rows");
    static final Path FILES = Path.of("chipgraph-spark/src/test/resources/spark/rows-as-files");

    @TempDir Path tmp;

    private List<List<String>> factsOf(Path input, String name) throws Exception {
        Path out = tmp.resolve(name);
        LocalSpark.Run r = LocalSpark.cli("extract", "--input", input.toString(), "--output", out.toString());
        assertEquals(0, r.exit(), r.err());
        return Stores.factsOfLoad(tmp.resolve(name + "-db"), out);
    }

    /** The facts without their first column, the document's file name (a row's is its table's). */
    private static List<List<String>> withoutDoc(List<List<String>> facts) {
        return facts.stream().map(f -> f.subList(1, f.size())).sorted(java.util.Comparator.comparing(Object::toString)).toList();
    }

    @Test
    void jsonLinesRowsGiveTheFactsOfTheFilesTheyStandFor() throws Exception {
        List<List<String>> fromFiles = factsOf(FILES, "files");
        assertFalse(fromFiles.isEmpty());
        List<List<String>> fromRows = factsOf(ROWS, "rows");
        assertEquals(withoutDoc(fromFiles), withoutDoc(fromRows));
        assertTrue(fromRows.stream().allMatch(f -> f.get(0).equals("articles.jsonl")), "a row's document is named by its table file");
    }

    @Test
    void brokenAndDatelessRowsAreRejectedWithTheirReason() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, LocalSpark.cli("extract", "--input", ROWS.toString(), "--output", out.toString()).exit());
        List<String> rejects = Files.readAllLines(out.resolve("rejects.tsv"));
        assertEquals(3, rejects.size(), String.join("\n", rejects));
        assertTrue(rejects.get(1).contains("not a JSON object") || rejects.get(2).contains("not a JSON object"), String.join("\n", rejects));
        assertTrue(rejects.stream().anyMatch(l -> l.contains("url https://example.org/spark-test/no-date") && l.contains("no date found")), String.join("\n", rejects));
    }

    @Test
    void parquetRowsGiveTheFactsOfTheFilesTheyStandFor() throws Exception {
        Path parquet = tmp.resolve("parquet");
        // A Parquet copy of the good rows, written by Spark itself as a crawl's files would be.
        LocalSpark.session().read().json(ROWS.resolve("articles.jsonl").toString())
                .where("text is not null and date is not null").select("url", "date", "lang", "title", "text")
                .coalesce(1).write().parquet(parquet.toString());
        assertEquals(withoutDoc(factsOf(FILES, "files")), withoutDoc(factsOf(parquet, "parquet-shards")));
    }
}
