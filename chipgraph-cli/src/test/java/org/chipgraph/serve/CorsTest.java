package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Browsers on the configured origins may call the endpoint; others get no CORS headers. */
@Tag("integration")
class CorsTest {
    static final String NOTEBOOK = "http://localhost:8888";

    static HttpResponse<String> getFrom(ServedStore s, String origin) {
        return s.send(HttpRequest.newBuilder(URI.create(s.url("chipgraph/questions"))).header("Origin", origin).GET().build());
    }

    @Test
    void aListedOriginIsAllowed(@TempDir Path dir) {
        try (ServedStore s = ServedStore.start(dir, ServeSettings.defaults().withCors(new CorsSettings(List.of(NOTEBOOK))))) {
            assertEquals(NOTEBOOK, getFrom(s, NOTEBOOK).headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        }
    }

    @Test
    void anUnlistedOriginGetsNoCorsHeaders(@TempDir Path dir) {
        try (ServedStore s = ServedStore.start(dir, ServeSettings.defaults().withCors(new CorsSettings(List.of(NOTEBOOK))))) {
            assertTrue(getFrom(s, "https://evil.example").headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }

    @Test
    void aPreflightForAQueryIsAnsweredWithTheAllowedMethodsAndHeaders(@TempDir Path dir) {
        try (ServedStore s = ServedStore.start(dir, ServeSettings.defaults().withCors(CorsSettings.anyOrigin()))) {
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url("chipgraph/query")))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type").build());
            assertEquals(204, r.statusCode());
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
            assertTrue(r.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Content-Type"));
        }
    }

    @Test
    void originsAreParsedFromACommaSeparatedList() {
        CorsSettings c = CorsSettings.parse("http://localhost:8888, https://analyst.example/");
        assertTrue(c.allows("http://localhost:8888") && c.allows("https://analyst.example"));
        assertTrue(!c.allows("https://other.example"));
        assertTrue(CorsSettings.parse("").origins().isEmpty());
    }
}
