package org.chipgraph.serve;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.chipgraph.error.InputError;

/**
 * Writes named graphs into a running chipgraph endpoint with the Graph Store Protocol (Jena's {@link GSP}):
 * {@code PUT {dataset}/data?graph=IRI} with HTTP Basic credentials sent up front. Fuseki runs each PUT in one
 * write transaction, so each graph (one document) is replaced whole or not at all. This class adds the
 * credentials and says what an HTTP failure means in one line.
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
        Graph graph = GraphFactory.createDefaultGraph();
        quads.forEach(q -> graph.add(q.asTriple()));
        call(graphIri, () -> gsp().graphName(graphIri).contentType(RDFFormat.NTRIPLES).PUT(graph));
    }

    /**
     * Drops the given graphs on the server in one SPARQL Update request, which Fuseki runs in one write
     * transaction: a graph that is not there fails the request and nothing is dropped. The request is
     * built by Jena from IRI nodes, never by pasting text.
     */
    public void drop(Collection<String> graphIris) {
        // DROP GRAPH of a graph that is not there succeeds: ask first, so a typo removes nothing.
        for (String g : graphIris) {
            try {
                gsp().graphName(g).GET();
            } catch (HttpException e) {
                if (e.getStatusCode() == 404) throw new InputError(g + ": no such document on the endpoint; nothing was removed");
                throw explain(g, e);
            }
        }
        UpdateRequest update = new UpdateRequest();
        for (String g : graphIris) update.add(new UpdateDrop(NodeFactory.createURI(g), false));
        String updateEndpoint = dataEndpoint.toString().replaceFirst("/data$", "/update");
        call(String.join(", ", graphIris), () -> UpdateExecHTTP.service(updateEndpoint).httpClient(http)
                .httpHeader("Authorization", authorization).update(update).timeout(5, TimeUnit.MINUTES).execute());
    }

    /** Jena's Graph Store Protocol client for the dataset, with this client's credentials sent up front. */
    private GSP gsp() {
        return GSP.service(dataEndpoint.toString()).httpClient(http).httpHeader("Authorization", authorization);
    }

    /** Runs one request; an HTTP failure becomes one line saying what to do about it. */
    private void call(String what, Runnable request) {
        try {
            request.run();
        } catch (HttpException e) {
            throw explain(what, e);
        }
    }

    /** What an HTTP failure means for the user, in one line. */
    private InputError explain(String what, HttpException e) {
        int s = e.getStatusCode();
        if (s <= 0) return new InputError(dataEndpoint + ": cannot reach the endpoint (" + firstLine(e.getMessage()) + "); is 'chipgraph serve --allow-update' running?");
        if (s == 413) return new InputError(what + ": too large for the endpoint (HTTP 413); start the server with a larger --max-body");
        if (s == 429) return new InputError(dataEndpoint + ": too many failed logins from this address (HTTP 429); wait a minute and check --user and --password-file");
        if (s == 401 || s == 403) return new InputError(dataEndpoint + ": the endpoint refused the credentials (HTTP " + s + "); check --user and --password-file");
        if (s == 404 || s == 405) return new InputError(dataEndpoint + ": no writable Graph Store here (HTTP " + s + "); start the server with --allow-update --password-file FILE");
        String body = firstLine(e.getResponse());
        return new InputError(what + ": the endpoint answered HTTP " + s + (body.isEmpty() ? "" : ": " + body));
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().split("\\R", 2)[0];
    }
}
