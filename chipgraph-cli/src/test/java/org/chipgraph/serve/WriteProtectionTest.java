package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --allow-update, writes need the credentials of the password file; without them the store is unchanged. */
@Tag("integration")
class WriteProtectionTest {
    @TempDir static Path dir;
    static ServedStore served;

    static final String NEW_GRAPH = "https://w3id.org/chipgraph/id/doc/added.txt";
    static final String INSERT = "INSERT DATA { GRAPH <" + NEW_GRAPH + "> { <https://w3id.org/chipgraph/id/company/x> <https://w3id.org/chipgraph/ontology#supplies> <https://w3id.org/chipgraph/id/company/y> } }";

    @BeforeAll
    static void start() throws Exception {
        served = ServedStore.start(dir, ServeSettings.defaults().withPasswordFile(ServedStore.passwordFile(dir)));
    }

    @AfterAll
    static void stop() { served.close(); }

    HttpResponse<String> update(String sparql, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(served.url("chipgraph/update")))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (authorization != null) b.header("Authorization", authorization);
        return served.send(b.build());
    }

    HttpResponse<String> put(String graph, String turtle, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(served.url("chipgraph/data?graph=" + ServedStore.enc(graph))))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle));
        if (authorization != null) b.header("Authorization", authorization);
        return served.send(b.build());
    }

    @Test
    void anUpdateWithoutCredentialsIs401AndChangesNothing() {
        long before = served.store.quadCount();
        HttpResponse<String> r = update("DROP ALL", null);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(before, served.store.quadCount());
    }

    @Test
    void anUpdateWithAWrongPasswordIs401AndChangesNothing() {
        long before = served.store.quadCount();
        assertEquals(401, update("DROP ALL", ServedStore.basic("editor", "guess")).statusCode());
        assertEquals(before, served.store.quadCount());
    }

    @Test
    void aGraphStorePutWithoutCredentialsIs401AndChangesNothing() {
        long before = served.store.quadCount();
        assertEquals(401, put("https://w3id.org/chipgraph/id/doc/news-a.txt", "<urn:example:a> <urn:example:b> <urn:example:c> .", null).statusCode());
        assertEquals(before, served.store.quadCount());
    }

    @Test
    void anUpdateSentToTheReadOnlyQueryEndpointsIsRefusedAndChangesNothing() {
        long before = served.store.quadCount();
        for (String path : new String[] {"chipgraph", "chipgraph/query", "chipgraph/sparql"}) {
            HttpResponse<String> r = served.send(HttpRequest.newBuilder(URI.create(served.url(path)))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", ServedStore.basic("editor", "s3cret"))
                    .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " -> " + r.statusCode());
        }
        assertEquals(before, served.store.quadCount());
    }

    @Test
    void anAuthenticatedUpdateLands() {
        HttpResponse<String> r = update(INSERT, ServedStore.basic("editor", "s3cret"));
        assertEquals(204, r.statusCode(), r.body());
        assertEquals(1, served.store.quadCount(NEW_GRAPH));
    }

    @Test
    void anAuthenticatedGraphStorePutReplacesOneDocumentsGraph() {
        String graph = "https://w3id.org/chipgraph/id/doc/put.txt";
        assertEquals(201, put(graph, "<urn:example:a> <urn:example:b> <urn:example:c> . <urn:example:a> <urn:example:b> <urn:example:d> .", ServedStore.basic("editor", "s3cret")).statusCode());
        assertEquals(2, served.store.quadCount(graph));
        assertEquals(200, put(graph, "<urn:example:a> <urn:example:b> <urn:example:e> .", ServedStore.basic("editor", "s3cret")).statusCode());
        assertEquals(1, served.store.quadCount(graph));
    }
}
