package org.chipgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.chipgraph.error.InputError;
import org.chipgraph.ingest.ArticleIngest;
import org.chipgraph.ingest.Failure;
import org.chipgraph.ingest.SourceFiles;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.serve.GraphStoreClient;
import org.chipgraph.serve.PasswordFile;
import org.chipgraph.store.GraphContent;
import picocli.CommandLine.Option;

/**
 * ingest --endpoint: extract locally, then send each document's graph to a running
 * 'chipgraph serve --allow-update' with one authenticated Graph Store PUT per document, so each
 * document lands whole or not at all while the server keeps the store locked.
 */
public final class EndpointIngest {
    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Send the graphs to this running endpoint (dataset URL, e.g. http://127.0.0.1:3030/chipgraph) instead of writing --db.")
    String endpoint;

    @Option(names = "--user", paramLabel = "USER", description = "User for --endpoint (HTTP Basic).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Password for --user: a file with the password alone, or 'user: password' lines.")
    Path passwordFile;

    boolean enabled() { return endpoint != null; }

    /** An authenticated client of the endpoint (writes always need credentials). */
    GraphStoreClient client() {
        if (user == null || passwordFile == null) throw new InputError("--endpoint needs --user USER and --password-file FILE (writes are authenticated)");
        GraphStoreClient client = new GraphStoreClient(endpoint, user, PasswordFile.clientPassword(passwordFile, user));
        if (client.sendsPasswordInClear()) {
            System.err.println("chipgraph: warning: " + endpoint + " is plain http to another host: the password crosses the network in clear text");
        }
        return client;
    }

    /** Extracts {@code sources} and PUTs the reference graphs, then each document graph; returns the exit code. */
    int ingest(SourceFiles sources, ReferenceData reference, ArticleIngest pipeline, boolean keepGoing) {
        GraphStoreClient client = client();
        if (!keepGoing) org.chipgraph.ingest.IdentityPrescan.check(sources);
        long t0 = System.nanoTime();
        for (GraphContent g : reference.graphs()) client.put(g.graphIri(), g.quads());
        AtomicInteger docs = new AtomicInteger();
        AtomicLong quads = new AtomicLong();
        List<Failure> failures = new ArrayList<>();
        pipeline.run(sources.articles(), sources::relativeName, keepGoing, r -> {
            try {
                client.put(r.graph().graphIri(), r.graph().quads());
                docs.incrementAndGet();
                quads.addAndGet(r.graph().quads().size());
            } catch (InputError e) {
                if (!keepGoing) throw e;
                failures.add(new Failure(r.file(), r.file() + ": " + e.getMessage()));
            }
        }, failures::add);
        System.out.printf("sent %d documents (%d quads) to %s, %d failed, %.1f s%n",
                docs.get(), quads.get(), endpoint, failures.size(), (System.nanoTime() - t0) / 1e9);
        return IngestCommand.reportFailures(failures);
    }
}
