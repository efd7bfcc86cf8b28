package org.chipgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.error.InputError;

/**
 * Writes named graphs into a running chipgraph endpoint with the Graph Store Protocol:
 * {@code PUT {dataset}/data?graph=IRI} with HTTP Basic credentials. Fuseki runs each PUT in one write
 * transaction, so each graph (one document) is replaced whole or not at all.
 */
public final class GraphStoreClient {
    private final URI dataEndpoint;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code datasetUrl} is the dataset, e.g. http://127.0.0.1:3030/chipgraph. */
    public GraphStoreClient(String datasetUrl, String user, String password) {
        String base = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        URI uri;
        try {
            uri = URI.create(base + "/data");
        } catch (IllegalArgumentException e) {
            throw new InputError(datasetUrl + ": not a URL, expected the dataset URL such as http://127.0.0.1:3030/chipgraph");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
            throw new InputError(datasetUrl + ": not an http(s) URL, expected the dataset URL such as http://127.0.0.1:3030/chipgraph");
        }
        this.dataEndpoint = uri;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** True when the password would cross the network in clear text (http to another host). */
    public boolean sendsPasswordInClear() {
        if (dataEndpoint.getScheme().equals("https")) return false;
        try {
            return !InetAddress.getByName(dataEndpoint.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** Replaces graph {@code graphIri} on the server with {@code quads} (their graph field is ignored). */
    public void put(String graphIri, Collection<Quad> quads) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(body, RDFFormat.NTRIPLES);
        out.start();
        quads.forEach(q -> out.triple(q.asTriple()));
        out.finish();
        URI target = URI.create(dataEndpoint + "?graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(target)
                .header("Content-Type", "application/n-triples; charset=utf-8")
                .header("Authorization", authorization)
                .timeout(Duration.ofMinutes(5))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        check(send(request), graphIri);
    }

    /**
     * Drops the given graphs on the server in one SPARQL Update request, which Fuseki runs in one write
     * transaction: a graph that is not there fails the request and nothing is dropped. The request is
     * built by Jena from IRI nodes, never by pasting text.
     */
    public void drop(Collection<String> graphIris) {
        // DROP GRAPH of a graph that is not there succeeds: ask first, so a typo removes nothing.
        for (String g : graphIris) {
            HttpRequest head = HttpRequest.newBuilder(URI.create(dataEndpoint + "?graph=" + URLEncoder.encode(g, StandardCharsets.UTF_8)))
                    .header("Authorization", authorization).timeout(Duration.ofMinutes(1))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> r = send(head);
            if (r.statusCode() == 404) throw new InputError(g + ": no such document on the endpoint; nothing was removed");
            check(r, g);
        }
        org.apache.jena.update.UpdateRequest update = new org.apache.jena.update.UpdateRequest();
        for (String g : graphIris) update.add(new org.apache.jena.sparql.modify.request.UpdateDrop(org.apache.jena.graph.NodeFactory.createURI(g), false));
        URI target = URI.create(dataEndpoint.toString().replaceFirst("/data$", "/update"));
        HttpRequest request = HttpRequest.newBuilder(target)
                .header("Content-Type", "application/sparql-update; charset=utf-8")
                .header("Authorization", authorization)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(update.toString(), StandardCharsets.UTF_8))
                .build();
        check(send(request), String.join(", ", graphIris));
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new InputError(dataEndpoint + ": cannot reach the endpoint (" + e.getMessage() + "); is 'chipgraph serve --allow-update' running?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputError(dataEndpoint + ": interrupted");
        }
        return r;
    }

    private void check(HttpResponse<String> r, String graphIri) {
        int s = r.statusCode();
        if (s == 413) throw new InputError(graphIri + ": too large for the endpoint (HTTP 413); start the server with a larger --max-body");
        if (s == 429) throw new InputError(dataEndpoint + ": too many failed logins from this address (HTTP 429); wait a minute and check --user and --password-file");
        if (s == 401 || s == 403) throw new InputError(dataEndpoint + ": the endpoint refused the credentials (HTTP " + s + "); check --user and --password-file");
        if (s == 404 || s == 405) throw new InputError(dataEndpoint + ": no writable Graph Store here (HTTP " + s + "); start the server with --allow-update --password-file FILE");
        if (s / 100 != 2) {
            String first = r.body() == null ? "" : r.body().strip().split("\n")[0];
            throw new InputError(graphIri + ": the endpoint answered HTTP " + s + (first.isEmpty() ? "" : ": " + first));
        }
    }
}
