package org.chipgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chipgraph-spark's command line: help with an example, bad input in one plain line, exit 1. */
@Tag("integration") // Spark in local mode: seconds to start, run by mvn verify
class CommandLineTest {
    @TempDir Path tmp;

    @Test
    void helpShowsAnExample() {
        LocalSpark.Run r = LocalSpark.cli("extract", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("chipgraph-spark extract --master local[*] --input"), r.out());
    }

    @Test
    void aMissingInputIsOneLineNamingIt() {
        LocalSpark.Run r = LocalSpark.cli("extract", "--input", tmp.resolve("nowhere").toString(), "--output", tmp.resolve("out").toString());
        assertEquals(1, r.exit());
        assertEquals("chipgraph-spark: " + tmp.resolve("nowhere") + ": no such file or folder", r.err().strip());
    }

    @Test
    void aFolderHoldingFilesIsNotOverwritten() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("keep.nq"), "");
        LocalSpark.Run r = LocalSpark.cli("extract", "--input", "samples", "--output", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("folder not empty"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(Files.exists(out.resolve("keep.nq")));
    }
}
