package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without --allow-update there is no write endpoint at all, credentials or not. */
@Tag("integration")
class ReadOnlyByDefaultTest {
    @Test
    void everyWriteIsRefusedAndTheStoreIsUnchanged(@TempDir Path dir) {
        try (ServedStore served = ServedStore.start(dir)) {
            long before = served.store.quadCount();
            for (String path : new String[] {"chipgraph", "chipgraph/update", "chipgraph/data", "chipgraph/get"}) {
                var update = served.send(HttpRequest.newBuilder(URI.create(served.url(path)))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
                var put = served.send(HttpRequest.newBuilder(URI.create(served.url(path + "?graph=" + ServedStore.enc("urn:example:g"))))
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:example:a> <urn:example:b> <urn:example:c> .")).build());
                assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "POST " + path + " -> " + update.statusCode());
                assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "PUT " + path + " -> " + put.statusCode());
            }
            assertEquals(before, served.store.quadCount());
        }
    }
}
