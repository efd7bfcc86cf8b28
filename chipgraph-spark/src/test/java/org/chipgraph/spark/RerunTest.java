package org.chipgraph.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs give byte-identical shards, manifests, reference graphs and rejects on a re-run. */
@Tag("integration") // Spark in local mode: seconds to start, run by mvn verify
class RerunTest {
    @TempDir Path tmp;

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void reRunWritesByteIdenticalShards() throws Exception {
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        String[] inputs = {"extract", "--input", "samples", "--input", "chipgraph-spark/src/test/resources/spark/mixed", "--shards", "3"};
        assertEquals(0, LocalSpark.cli(concat(inputs, "--output", a.toString())).exit());
        assertEquals(0, LocalSpark.cli(concat(inputs, "--output", b.toString())).exit());
        assertEquals(names(a), names(b));
        assertTrue(names(a).stream().filter(n -> n.startsWith("shard-") && n.endsWith(".nq")).count() >= 2, "more than one shard: " + names(a));
        for (String n : names(a)) assertArrayEquals(Files.readAllBytes(a.resolve(n)), Files.readAllBytes(b.resolve(n)), n);
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
