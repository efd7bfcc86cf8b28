package org.chipgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.chipgraph.query.QuestionLibrary;
import org.chipgraph.store.TdbStore;

/** Test fixture: a fresh TDB2 store in a temp folder loaded from a TriG file, served on a free loopback port. */
final class ServedStore implements AutoCloseable {
    static final String FIXTURE = "/serve/supply.trig";

    final TdbStore store;
    final ChipgraphServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServedStore(TdbStore store, ChipgraphServer server) {
        this.store = store;
        this.server = server;
    }

    static ServedStore start(Path dir, ServeSettings settings) {
        return start(dir, settings, FIXTURE);
    }

    static ServedStore start(Path dir, ServeSettings settings, String trigResource) {
        TdbStore store = TdbStore.open(dir.resolve("db"));
        load(store, trigResource);
        return new ServedStore(store, ChipgraphServer.start(store.datasetGraph(), settings.withPort(0), QuestionLibrary.load()));
    }

    /** The fixture served with the store warmed at start-up by {@code warm} instead of the product's warm-up. */
    static ServedStore startWarmedBy(Path dir, java.util.function.Consumer<org.apache.jena.sparql.core.DatasetGraph> warm) {
        TdbStore store = TdbStore.open(dir.resolve("db"));
        load(store, FIXTURE);
        return new ServedStore(store, ChipgraphServer.start(store.datasetGraph(), ServeSettings.defaults().withPort(0), QuestionLibrary.load().all(), warm));
    }

    static ServedStore start(Path dir) {
        return start(dir, ServeSettings.defaults());
    }

    static void load(TdbStore store, String trigResource) {
        try (InputStream in = ServedStore.class.getResourceAsStream(trigResource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + trigResource);
            Txn.executeWrite(store.datasetGraph(), () -> RDFDataMgr.read(store.datasetGraph(), in, Lang.TRIG));
            store.rebuildSummary(); // read in past the store's own writes
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A password file with one writer, "editor" / "s3cret". */
    static Path passwordFile(Path dir) throws IOException {
        Path f = dir.resolve("passwords");
        Files.writeString(f, "# chipgraph writers\neditor: s3cret\n");
        return f;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    String url(String path) { return server.baseUrl() + path.replaceFirst("^/", ""); }

    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET().timeout(Duration.ofSeconds(60));
        if (accept != null) b.header("Accept", accept);
        return send(b.build());
    }

    HttpResponse<String> query(String sparql, String accept) {
        return get("chipgraph/query?query=" + enc(sparql), accept);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // Jetty may close a kept-alive connection after refusing a request whose body it did not read;
                // a request sent on it then gets no bytes back at all. It never reached the server: send it again.
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) throw e;
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) { return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
