package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint hardened by default, tried with real HTTP clients against a running server. */
@Tag("integration")
class HardenedEndpointTest {
    @TempDir Path dir;

    static final String CROSS_JOIN = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    private HttpResponse<String> postQuery(ServedStore s, HttpRequest.BodyPublisher body) {
        return s.send(HttpRequest.newBuilder(URI.create(s.url("chipgraph/query")))
                .header("Content-Type", "application/sparql-query").POST(body).build());
    }

    /** A raw HTTP/1.1 request with a Host header of our choice (java.net.http does not let one set it); returns the status line. */
    private static String rawGet(ServedStore s, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /chipgraph/query?query=ASK%7B%7D HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void aFiveMegabytePostIsAnswered413WithinASecond() {
        try (ServedStore s = ServedStore.start(dir)) {
            byte[] body = ("SELECT * { ?s ?p ?o FILTER(" + "1 + ".repeat(5 * 1024 * 1024 / 4) + "1) }").getBytes(StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            HttpResponse<String> r = postQuery(s, HttpRequest.BodyPublishers.ofByteArray(body));
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertEquals(413, r.statusCode(), r.body());
            assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "took " + took.toMillis() + " ms");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        try (ServedStore s = ServedStore.start(dir, ServeSettings.defaults().withMaxBody(10_000))) {
            byte[] body = ("SELECT * { ?s ?p ?o FILTER(" + "1 + ".repeat(5000) + "1) }").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = postQuery(s, HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
            assertEquals(413, r.statusCode(), r.body());
        }
    }

    @Test
    void aQueryUnderTheBodyLimitIsStillAnswered() {
        try (ServedStore s = ServedStore.start(dir)) {
            assertEquals(200, postQuery(s, HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")).statusCode());
        }
    }

    @Test
    void aFormPostUnderTheBodyLimitIsAnsweredThoughOverJettysFormDefault() {
        try (ServedStore s = ServedStore.start(dir)) {
            String query = "# " + "x".repeat(500_000) + "\nASK { ?s ?p ?o }";
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url("chipgraph/query")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + ServedStore.enc(query))).build());
            assertEquals(200, r.statusCode(), r.body());
        }
    }

    @Test
    void aQueryNestedTooDeeplyIsA400NotA500() {
        try (ServedStore s = ServedStore.start(dir)) {
            String deep = "SELECT * { ?s ?p ?o FILTER(" + "(".repeat(100_000) + "1" + ")".repeat(100_000) + ") }";
            HttpResponse<String> r = postQuery(s, HttpRequest.BodyPublishers.ofString(deep));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("nested too deeply"), r.body());
        }
    }

    @Test
    void anOriginGetsNoCorsHeaderByDefault() {
        try (ServedStore s = ServedStore.start(dir)) {
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url("chipgraph/query?query=" + ServedStore.enc("ASK {}"))))
                    .header("Origin", "https://evil.example").GET().build());
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().map().keySet().stream().noneMatch(h -> h.toLowerCase().startsWith("access-control-")), r.headers().map().toString());
        }
    }

    @Test
    void aForeignHostHeaderIsRefused() throws IOException {
        try (ServedStore s = ServedStore.start(dir)) {
            assertTrue(rawGet(s, "attacker.example").contains(" 403 "), "DNS rebinding");
            assertTrue(rawGet(s, "attacker.example:" + s.server.port()).contains(" 403 "));
        }
    }

    @Test
    void localhostAndTheBoundAddressAreServed() throws IOException {
        try (ServedStore s = ServedStore.start(dir)) {
            assertTrue(rawGet(s, "localhost:" + s.server.port()).contains(" 200 "));
            assertTrue(rawGet(s, "127.0.0.1:" + s.server.port()).contains(" 200 "));
        }
    }

    @Test
    void aConfiguredHostNameIsServed() throws IOException {
        try (ServedStore s = ServedStore.start(dir, ServeSettings.defaults().withHostNames(List.of("graph.example.org")))) {
            assertTrue(rawGet(s, "graph.example.org").contains(" 200 "));
            assertTrue(rawGet(s, "other.example.org").contains(" 403 "));
        }
    }

    @Test
    void aStreamedSelectOverTheTimeLimitIsNeverA200WithATruncatedBody() throws Exception {
        try (ServedStore s = ServedStore.start(dir, ServeSettings.defaults().withTimeout(Duration.ofSeconds(1)))) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(s.url("chipgraph/query?query=" + ServedStore.enc(CROSS_JOIN))))
                    .header("Accept", "text/csv").GET().build();
            HttpResponse<InputStream> r = s.http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() == 200) {
                // the answer started streaming: reading it to the end must fail, not end quietly
                assertThrows(IOException.class, () -> {
                    try (InputStream in = r.body()) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                });
            } else {
                assertEquals(503, r.statusCode());
            }
        }
    }

    @Test
    void aSmallAnswerStoppedByTheLimitIsA503() {
        try (ServedStore s = ServedStore.start(dir, ServeSettings.defaults().withTimeout(Duration.ofSeconds(1)))) {
            HttpResponse<String> r = s.query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }", "text/csv");
            assertEquals(503, r.statusCode(), r.body());
        }
    }

    @Test
    void twentyFailedLoginsLeaveTwentyLogLinesAndTheLaterOnesAreRefusedUnread() throws Exception {
        Path log = dir.resolve("requests.log");
        ServeSettings settings = ServeSettings.defaults().withPasswordFile(ServedStore.passwordFile(dir)).withRequestLog(log);
        try (ServedStore s = ServedStore.start(dir, settings)) {
            int refused = 0;
            for (int i = 0; i < 20; i++) {
                int status = update(s, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", ServedStore.basic("editor", "guess-" + i)).statusCode();
                assertTrue(status == 401 || status == 429, "status " + status);
                if (status == 429) refused++;
            }
            assertTrue(refused > 0, "rate-limited after " + Gatekeeper.MAX_FAILED_LOGINS + " failures");
            assertEquals(429, update(s, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", ServedStore.basic("editor", "s3cret")).statusCode(),
                    "even the right password waits once the client failed too often");
        }
        List<String> lines = Files.readAllLines(Path.of(log + ".0"));
        long logins = lines.stream().filter(l -> l.startsWith("LOGIN-") && l.contains("user=editor") && l.contains("client=127.0.0.1")).count();
        assertEquals(20 + 1, logins, "a line per failed login, and one for the right password refused: " + String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("guess-") || l.contains("s3cret")), "no password in the log");
    }

    @Test
    void aWriteIsLoggedWithItsUserAndEveryRequestOnOneLine() throws Exception {
        Path log = dir.resolve("requests.log");
        ServeSettings settings = ServeSettings.defaults().withPasswordFile(ServedStore.passwordFile(dir)).withRequestLog(log);
        try (ServedStore s = ServedStore.start(dir, settings)) {
            assertEquals(204, update(s, "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }", ServedStore.basic("editor", "s3cret")).statusCode());
            assertEquals(200, s.query("ASK {\n ?s ?p ?o\n}", "text/csv").statusCode());
        }
        List<String> lines = Files.readAllLines(Path.of(log + ".0"));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("WRITE ") && l.contains("user=editor") && l.contains("/chipgraph/update")).count(), String.join("\n", lines));
        assertEquals(2, lines.stream().filter(l -> !l.startsWith("WRITE ") && l.contains(" 127.0.0.1 ")).count(), "one line per request: " + lines);
    }

    @Test
    void theGraphStoreReadOfTheDefaultGraphIsTheUnionGraph() {
        try (ServedStore s = ServedStore.start(dir)) {
            HttpResponse<String> r = s.get("chipgraph/get?default", "application/n-triples");
            assertEquals(200, r.statusCode());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
            String count = s.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv").body().lines().skip(1).findFirst().orElseThrow().strip();
            assertTrue(g.size() > 0);
            assertEquals(Long.parseLong(count), g.size());
        }
    }

    private static HttpResponse<String> update(ServedStore s, String sparql, String authorization) {
        return s.send(HttpRequest.newBuilder(URI.create(s.url("chipgraph/update")))
                .header("Content-Type", "application/sparql-update").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build());
    }
}
