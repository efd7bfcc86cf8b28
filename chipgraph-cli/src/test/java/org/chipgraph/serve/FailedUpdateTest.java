package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update that fails half-way through the endpoint changes nothing, and the store stays readable after the next
 * update that reads and writes (TDB2 5.6.0 damaged it without the reopen after an abort, apache/jena#3877).
 */
@Tag("integration")
class FailedUpdateTest {
    @TempDir static Path dir;
    static ServedStore served;
    static final String G = "https://w3id.org/chipgraph/id/doc/failed-update-test";

    @BeforeAll
    static void start() throws Exception {
        served = ServedStore.start(dir, ServeSettings.defaults().withPasswordFile(ServedStore.passwordFile(dir)));
    }

    @AfterAll
    static void stop() { served.close(); }

    HttpResponse<String> update(String sparql) {
        return served.send(HttpRequest.newBuilder(URI.create(served.url("chipgraph/update")))
                .header("Content-Type", "application/sparql-update").header("Authorization", ServedStore.basic("editor", "s3cret"))
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build());
    }

    /** About 400 KB of new nodes, past the node file's write buffer, in one INSERT DATA. */
    static String insertData(String tag) {
        StringBuilder b = new StringBuilder("INSERT DATA { GRAPH <" + G + "-" + tag + "> {\n");
        for (int i = 0; i < 4000; i++) {
            b.append("<https://w3id.org/chipgraph/id/company/").append(tag).append('-').append(i)
             .append("> <http://www.w3.org/2000/01/rdf-schema#label> \"A company named in row ").append(i)
             .append(" of an update long enough to matter ").append(tag).append("\" .\n");
        }
        return b.append("} }").toString();
    }

    @Test
    void anUpdateThatFailsHalfWayChangesNothingAndTheNextReadWriteUpdateLeavesTheStoreReadable() {
        long before = served.store.quadCount();
        // the second operation fails at run time (no such file to load), after the first has written its nodes
        HttpResponse<String> failed = update(insertData("a") + " ;\nLOAD <file:///nonexistent/chipgraph/no-such-file.ttl>");
        assertTrue(failed.statusCode() >= 400, "status " + failed.statusCode() + ": " + failed.body());
        assertEquals(before, served.store.quadCount());
        assertEquals(204, update(insertData("b")).statusCode());
        // reads every label, then writes a new node for each: the read-then-write sequence
        HttpResponse<String> copy = update("INSERT { GRAPH <" + G + "-c> { ?s <http://www.w3.org/2000/01/rdf-schema#comment> ?c } }"
                + " WHERE { GRAPH <" + G + "-b> { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } BIND(CONCAT(\"copied: \", ?l) AS ?c) }");
        assertEquals(204, copy.statusCode(), copy.body());
        assertEquals(0, served.store.quadCount(G + "-a"));
        assertEquals(4000, served.store.quadCount(G + "-b"));
        assertEquals(4000, served.store.quadCount(G + "-c"));
        // every node of the store reads back
        long read = served.store.read(d -> {
            long n = 0;
            for (var it = d.find(); it.hasNext(); n++) it.next().getObject().toString();
            return n;
        });
        assertTrue(read >= before + 8000, "read " + read);
    }

    @Test
    void anUploadThatBreaksHalfWayChangesNothingAndLaterWritesStayReadable() {
        String graph = G + "-upload";
        StringBuilder turtle = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            turtle.append("<https://w3id.org/chipgraph/id/company/upload-").append(i)
                  .append("> <http://www.w3.org/2000/01/rdf-schema#label> \"An uploaded company named in row ").append(i).append("\" .\n");
        }
        HttpResponse<String> broken = put(graph, turtle + "<https://w3id.org/chipgraph/id/company/broken> <http://www.w3.org/2000/01/rdf-schema#label> \"no end");
        assertTrue(broken.statusCode() >= 400, "status " + broken.statusCode());
        assertEquals(0, served.store.quadCount(graph));
        assertEquals(204, update(insertData("d")).statusCode());
        HttpResponse<String> copy = update("INSERT { GRAPH <" + G + "-e> { ?s <http://www.w3.org/2000/01/rdf-schema#comment> ?c } }"
                + " WHERE { GRAPH <" + G + "-d> { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } BIND(CONCAT(\"copied: \", ?l) AS ?c) }");
        assertEquals(204, copy.statusCode(), copy.body());
        assertEquals(4000, served.store.quadCount(G + "-e"));
        long read = served.store.read(d -> {
            long n = 0;
            for (var it = d.find(); it.hasNext(); n++) it.next().getObject().toString();
            return n;
        });
        assertTrue(read >= 8000, "read " + read);
    }

    HttpResponse<String> put(String graph, String turtle) {
        return served.send(HttpRequest.newBuilder(URI.create(served.url("chipgraph/data?graph=" + ServedStore.enc(graph))))
                .header("Content-Type", "text/turtle").header("Authorization", ServedStore.basic("editor", "s3cret"))
                .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build());
    }
}
