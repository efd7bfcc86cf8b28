package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.chipgraph.rdf.Iris;
import org.chipgraph.store.SummaryGraph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes through the served store keep the summary graph as a rebuild would make it: SPARQL Update in its own transaction, Graph Store PUT right after. */
@Tag("integration")
class SummaryThroughEndpointTest {

    static Set<String> summary(ServedStore served) {
        return served.store.read(d -> {
            Set<String> s = new TreeSet<>();
            d.find(SummaryGraph.NODE, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> s.add(q.asTriple().toString()));
            return s;
        });
    }

    /** The facts of the article's graph that the summary holds. */
    static Set<String> articleFacts(ServedStore served) {
        Node g = NodeFactory.createURI(Iris.document("article.txt"));
        return served.store.read(d -> {
            Set<String> s = new TreeSet<>();
            SummaryGraph.summarisedIn(d, g).forEach(t -> s.add(t.toString()));
            return s;
        });
    }

    /** The summary now, and as a rebuild from the store's graphs makes it. */
    static void assertInStep(ServedStore served) {
        Set<String> kept = summary(served);
        served.store.rebuildSummary();
        assertEquals(summary(served), kept);
    }

    private static ServeCommandTest.Run cli(ServedStore served, Path passwords, String command, String arg) {
        return ServeCommandTest.cli(command, "--endpoint", served.server.datasetUrl(), "--user", "editor",
                "--password-file", passwords.toString(), arg);
    }

    @Test
    void aGraphPutThroughTheEndpointIsSummarisedRightAfter(@TempDir Path dir) throws Exception {
        Path passwords = ServedStore.passwordFile(dir);
        try (ServedStore served = ServedStore.start(dir, ServeSettings.defaults().withPasswordFile(passwords))) {
            assertEquals(0, cli(served, passwords, "ingest", EndpointIngestTest.SAMPLE.toString()).exit());
            Set<String> facts = articleFacts(served);
            assertFalse(facts.isEmpty(), "the article states facts");
            // Fuseki answers the PUT from its own transaction; the summary follows in the next one
            Set<String> missing = new TreeSet<>(facts);
            for (long end = System.nanoTime() + 10_000_000_000L; System.nanoTime() < end; Thread.sleep(100)) {
                missing = new TreeSet<>(facts);
                missing.removeAll(summary(served));
                if (missing.isEmpty()) break;
            }
            assertEquals(Set.of(), missing, "the article's facts, types and labels in the summary");
            // its restriction and purchase, cited on their entities too (store/FactEndRows), then compared with a rebuild
            assertTrue(summary(served).stream().anyMatch(t -> t.contains("restrictsObjectRow")), "a restriction's row on its control");
            assertTrue(summary(served).stream().anyMatch(t -> t.contains("buysSubjectRow")), "a purchase's row on its chip");
            assertInStep(served);
        }
    }

    @Test
    void aDocumentRemovedThroughTheEndpointLeavesTheSummary(@TempDir Path dir) throws Exception {
        Path passwords = ServedStore.passwordFile(dir);
        try (ServedStore served = ServedStore.start(dir, ServeSettings.defaults().withPasswordFile(passwords))) {
            assertEquals(0, cli(served, passwords, "ingest", EndpointIngestTest.SAMPLE.toString()).exit());
            Set<String> facts = articleFacts(served);
            var r = cli(served, passwords, "remove", "article.txt");
            assertEquals(0, r.exit(), r.err());
            Set<String> left = summary(served);
            assertTrue(facts.stream().anyMatch(f -> !left.contains(f)), "some of the article's facts no other graph states have gone: " + facts);
            assertInStep(served);
        }
    }

    static final String DOC = "https://w3id.org/chipgraph/id/doc/endpoint-";
    static final String FACT = "<https://w3id.org/chipgraph/id/control/endpoint-rule> <https://w3id.org/chipgraph/ontology#restricts> <https://w3id.org/chipgraph/id/chip/endpoint-chip>";

    /** A document graph stating the fact with one claim of the given stance and date. */
    static String document(String name, String stance, String date) {
        String g = "<" + DOC + name + ">";
        String claim = "<https://w3id.org/chipgraph/id/claim/endpoint-" + name + ">";
        return "GRAPH " + g + " { " + g + " <https://w3id.org/chipgraph/ontology#fileName> \"" + name + "\" . " + FACT + " . "
                + claim + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <https://w3id.org/chipgraph/id/control/endpoint-rule> ; "
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <https://w3id.org/chipgraph/ontology#restricts> ; "
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <https://w3id.org/chipgraph/id/chip/endpoint-chip> ; "
                + "<https://w3id.org/chipgraph/ontology#stance> <https://w3id.org/chipgraph/ontology#" + stance + "> ; "
                + "<https://w3id.org/chipgraph/ontology#date> \"" + date + "\" ; <https://w3id.org/chipgraph/ontology#sentence> \"" + name + " says so.\" . }";
    }

    static void update(ServedStore served, String sparql) {
        var r = served.send(HttpRequest.newBuilder(URI.create(served.url("chipgraph/update")))
                .header("Content-Type", "application/sparql-update").header("Authorization", ServedStore.basic("editor", "s3cret"))
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build());
        assertEquals(204, r.statusCode(), r.body());
    }

    /** The counts and date on the fact's node in the summary, as "property value". */
    static Map<String, String> factRow(ServedStore served) {
        Node fact = SummaryGraph.factNode(NodeFactory.createURI("https://w3id.org/chipgraph/id/control/endpoint-rule"),
                NodeFactory.createURI("https://w3id.org/chipgraph/ontology#restricts"), NodeFactory.createURI("https://w3id.org/chipgraph/id/chip/endpoint-chip"));
        return served.store.read(d -> {
            Map<String, String> m = new java.util.TreeMap<>();
            d.find(SummaryGraph.NODE, fact, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.getPredicate().getLocalName().endsWith("itation")) m.put(q.getPredicate().getLocalName(), q.getObject().getLiteralLexicalForm());
            });
            return m;
        });
    }

    @Test
    void sparqlUpdatesThroughTheEndpointRecountAFactsSources(@TempDir Path dir) throws Exception {
        Path passwords = ServedStore.passwordFile(dir);
        try (ServedStore served = ServedStore.start(dir, ServeSettings.defaults().withPasswordFile(passwords))) {
            update(served, "INSERT DATA { " + document("a.txt", "Asserted", "2023-10-17") + " " + document("b.txt", "Asserted", "2022-10-07") + " }");
            assertEquals(Map.of("sourceCount", "2", "earliestDate", "2022-10-07"), factRow(served));
            update(served, "INSERT DATA { " + document("c.txt", "Denied", "2020-01-01") + " }");
            assertEquals(Map.of("sourceCount", "2", "earliestDate", "2022-10-07"), factRow(served), "a denial is not a source");
            update(served, "DROP GRAPH <" + DOC + "b.txt>");
            assertEquals(Map.of("sourceCount", "1", "earliestDate", "2023-10-17"), factRow(served));
            assertInStep(served);
        }
    }
}
