package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query time limit really stops a runaway query, and the server keeps serving. */
@Tag("integration")
class QueryTimeoutTest {
    /** About 100^6 = 10^12 rows over the union graph: hours of work without a limit. */
    static final String EXPLOSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?p . ?q ?r ?s }";
    static final Duration LIMIT = Duration.ofSeconds(2);
    /** Generous: JIT warm-up, a busy CI machine and the cancellation poll interval. */
    static final Duration MARGIN = Duration.ofSeconds(8);

    @Test
    void anExplosiveQueryIsStoppedAtTheLimitAndTheServerStillAnswers(@TempDir Path dir) {
        try (ServedStore served = ServedStore.start(dir, ServeSettings.defaults().withTimeout(LIMIT))) {
            long start = System.nanoTime();
            HttpResponse<String> r = served.query(EXPLOSIVE, "application/sparql-results+json");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertTrue(r.statusCode() >= 400, "expected an error status, got " + r.statusCode() + ": " + r.body());
            assertTrue(took.compareTo(LIMIT.plus(MARGIN)) < 0, "took " + took.toMillis() + " ms");
            HttpResponse<String> after = served.query("ASK { ?s ?p ?o }", "application/sparql-results+json");
            assertEquals(200, after.statusCode());
            assertTrue(after.body().contains("true"));
        }
    }

    @Test
    void anExplosiveQuestionIsStoppedAtTheLimitWith503AndOtherQuestionsStillAnswer(@TempDir Path dir) {
        java.util.List<org.chipgraph.query.Question> questions = new java.util.ArrayList<>(org.chipgraph.query.QuestionLibrary.load().all());
        questions.add(org.chipgraph.query.QuestionLibrary.parse("explosive", "test", "# title: A runaway question\n" + EXPLOSIVE));
        org.chipgraph.store.TdbStore store = org.chipgraph.store.TdbStore.open(dir.resolve("db"));
        ServedStore.load(store, ServedStore.FIXTURE);
        try (store; ChipgraphServer server = ChipgraphServer.start(store.datasetGraph(), ServeSettings.defaults().withPort(0).withTimeout(LIMIT), questions)) {
            var http = java.net.http.HttpClient.newHttpClient();
            long start = System.nanoTime();
            HttpResponse<String> r = send(http, server.datasetUrl() + "/questions/explosive");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("time limit"), r.body());
            assertTrue(took.compareTo(LIMIT.plus(MARGIN)) < 0, "took " + took.toMillis() + " ms");
            assertEquals(200, send(http, server.datasetUrl() + "/questions/supply-network").statusCode());
        }
    }

    static HttpResponse<String> send(java.net.http.HttpClient http, String url) {
        try {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
