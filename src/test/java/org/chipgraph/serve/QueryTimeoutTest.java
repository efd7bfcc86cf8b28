package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query time limit really stops a runaway query, and the server keeps serving. */
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
}
