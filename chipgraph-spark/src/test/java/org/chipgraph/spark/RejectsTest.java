package org.chipgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad article goes to rejects.tsv with its reason; the other articles of its partition are written. */
@Tag("integration") // Spark in local mode: seconds to start, run by mvn verify
class RejectsTest {
    static final Path MIXED = Path.of("chipgraph-spark/src/test/resources/spark/mixed");
    static final Path SAME_URL = Path.of("chipgraph-spark/src/test/resources/spark/same-url");

    @TempDir Path tmp;

    private static Set<String> graphs(Path shard) {
        DatasetGraph d = RDFDataMgr.loadDatasetGraph(shard.toString());
        Set<String> g = new TreeSet<>();
        d.listGraphNodes().forEachRemaining(n -> g.add(n.getURI()));
        return g;
    }

    private static List<String> rejectLines(Path out) throws Exception {
        return Files.readAllLines(out.resolve("rejects.tsv")).subList(1, Files.readAllLines(out.resolve("rejects.tsv")).size());
    }

    @Test
    void badArticlesAreRejectedWithTheirReasonAndTheRestOfThePartitionIsWritten() throws Exception {
        Path out = tmp.resolve("out");
        LocalSpark.Run r = LocalSpark.cli("extract", "--input", MIXED.toString(), "--output", out.toString(), "--shards", "1");
        assertEquals(0, r.exit(), r.err());
        List<String> rejects = rejectLines(out);
        assertEquals(2, rejects.size(), String.join("\n", rejects));
        String latin1 = rejects.stream().filter(l -> l.contains("latin1.txt")).findFirst().orElseThrow();
        assertTrue(latin1.contains("not valid UTF-8"), latin1);
        String noDate = rejects.stream().filter(l -> l.contains("no-date.txt")).findFirst().orElseThrow();
        assertTrue(noDate.contains("no date found"), noDate);
        assertEquals(Set.of("https://w3id.org/chipgraph/id/doc/smic-fertigt.txt",
                        "https://w3id.org/chipgraph/id/doc/url/https%3A%2F%2Fexample.org%2Fspark-test%2Ftsmc-fabricates"),
                graphs(out.resolve("shard-00000.nq")));
        assertTrue(r.err().contains("2 article(s) rejected"), r.err());
    }

    @Test
    void aSecondFileOfTheSameDocumentIsRejectedNamingTheFirst() throws Exception {
        Path out = tmp.resolve("out");
        LocalSpark.Run r = LocalSpark.cli("extract", "--input", SAME_URL.toString(), "--output", out.toString(), "--shards", "2");
        assertEquals(0, r.exit(), r.err());
        List<String> rejects = rejectLines(out);
        assertEquals(1, rejects.size(), String.join("\n", rejects));
        assertTrue(rejects.get(0).startsWith(SAME_URL.toAbsolutePath().normalize().resolve("second.txt").toString()), rejects.get(0));
        assertTrue(rejects.get(0).contains("same document as " + SAME_URL.toAbsolutePath().normalize().resolve("first.txt")), rejects.get(0));
        long shardsWithTheDocument = Files.list(out).filter(p -> p.toString().endsWith(".nq") && p.getFileName().toString().startsWith("shard"))
                .filter(p -> graphs(p).size() == 1).count();
        assertEquals(1, shardsWithTheDocument);
    }
}
