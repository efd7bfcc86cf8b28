package org.chipgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facts extracted on Spark and bulk-loaded are the facts ingest gives for the same files, row for row. */
@Tag("integration") // Spark in local mode: seconds to start, run by mvn verify
class ShardsLoadLikeIngestTest {
    static final Path DEV_CORPUS = Path.of("../shared/eval/dev/corpus");

    @TempDir Path tmp;

    private void assertSameFacts(Path corpus) throws Exception {
        Path shards = tmp.resolve("shards");
        LocalSpark.Run r = LocalSpark.cli("extract", "--input", corpus.toString(), "--output", shards.toString(), "--shards", "3");
        assertEquals(0, r.exit(), r.err());
        List<List<String>> fromShards = Stores.factsOfLoad(tmp.resolve("loaded"), shards);
        List<List<String>> fromIngest = Stores.factsOfIngest(tmp.resolve("ingested"), corpus);
        assertFalse(fromIngest.isEmpty(), "ingest finds facts in " + corpus);
        assertEquals(fromIngest, fromShards);
    }

    @Test
    void samplesGiveTheFactsOfIngest() throws Exception {
        assertSameFacts(Path.of("samples"));
    }

    @Test
    void devCorpusGivesTheFactsOfIngest() throws Exception {
        if (!Files.isDirectory(DEV_CORPUS)) System.err.println("SKIPPED ShardsLoadLikeIngestTest.devCorpusGivesTheFactsOfIngest: " + DEV_CORPUS + " is absent");
        assumeTrue(Files.isDirectory(DEV_CORPUS), DEV_CORPUS + " is absent: the dev-corpus comparison is skipped");
        assertSameFacts(DEV_CORPUS);
    }
}
