package org.chipgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.chipgraph.error.InputError;
import org.chipgraph.query.QuestionLibrary;
import org.chipgraph.serve.ChipgraphServer;
import org.chipgraph.serve.CorsSettings;
import org.chipgraph.serve.ServeSettings;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store as a SPARQL endpoint (embedded Apache Jena Fuseki) with the Fuseki web UI at http://HOST:PORT/.",
                "The dataset is at /chipgraph: SPARQL query and Graph Store Protocol reads, the default graph being the union of the named graphs. The questions of queries/ are at /chipgraph/questions/NAME?param=value.",
                "Read-only unless --allow-update with --password-file: then SPARQL Update at /chipgraph/update and Graph Store writes at /chipgraph/data need HTTP Basic credentials.",
                "The store stays locked while served: ingest with 'chipgraph ingest --endpoint URL'.",
                "",
                "Example:",
                "  chipgraph serve --db chipgraph-db --cors-origins http://localhost:8888 --request-log logs/requests.log"})
public final class ServeCommand implements Callable<Integer> {
    @Mixin Output console;
    @Mixin StoreOption store;
    @Mixin Debug debug;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = 3030;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default: ${DEFAULT-VALUE}). Anything but loopback exposes the store to the network.")
    String host = "127.0.0.1";

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop a query after this long (default: ${DEFAULT-VALUE}; 0 = no limit).")
    double timeout = 10;

    @Option(names = "--allow-update", description = "Enable SPARQL Update and Graph Store writes, for the users of --password-file only.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Users allowed to write, one 'user: password' per line (Jetty realm format).")
    Path passwordFile;

    @Option(names = "--cors-origins", paramLabel = "ORIGINS", description = "Comma-separated origins browsers may call from, e.g. http://localhost:8888; '*' = any; default: none (no CORS headers).")
    String corsOrigins = "";

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body; a bigger one is answered 413 unread (default: ${DEFAULT-VALUE}).")
    long maxBody = ServeSettings.DEFAULT_MAX_BODY;

    @Option(names = "--host-names", paramLabel = "NAMES", split = ",", description = "Host names clients may use besides the bound address, localhost and IP addresses (others get 403: DNS rebinding).")
    java.util.List<String> hostNames = new java.util.ArrayList<>();

    @Option(names = "--request-log", paramLabel = "FILE", description = "One line per request, failed logins and writes with their user; rotates at 10 MB into FILE.0 .. FILE.4 (default: DB-requests.log beside the store; '-' = stderr).")
    String requestLog;

    @Override
    public Integer call() {
        if (allowUpdate && passwordFile == null) throw new InputError("--allow-update needs --password-file FILE with 'user: password' lines; writes are never allowed without credentials");
        if (!allowUpdate && passwordFile != null) throw new InputError("--password-file is only used with --allow-update; add --allow-update to enable writes");
        if (timeout < 0) throw new InputError("--timeout " + timeout + ": expected 0 (no limit) or a positive number of seconds");
        CorsSettings cors;
        try {
            cors = CorsSettings.parse(corsOrigins);
        } catch (IllegalArgumentException e) {
            throw new InputError("--cors-origins: " + e.getMessage());
        }
        if (maxBody < 1) throw new InputError("--max-body " + maxBody + ": expected a positive number of bytes");
        ServeSettings settings = new ServeSettings(host, port, Duration.ofMillis((long) (timeout * 1000)),
                allowUpdate ? passwordFile : null, cors, maxBody, hostNames, store.requestLog(requestLog));
        settings.exposureWarning().ifPresent(w -> console.err().println("chipgraph: warning: " + w));
        QuestionLibrary library = QuestionLibrary.load();
        TdbStore db = allowUpdate ? TdbStore.open(store.db) : TdbStore.openReadOnly(store.db);
        ChipgraphServer server;
        try {
            server = ChipgraphServer.start(db.datasetGraph(), settings, library);
        } catch (RuntimeException e) {
            db.close();
            if (e.getCause() instanceof java.net.BindException || e instanceof org.apache.jena.fuseki.FusekiException && String.valueOf(e.getMessage()).contains("bind")) {
                throw new InputError(host + ":" + port + ": cannot listen (" + e.getMessage() + "); is another server on this port? Try --port");
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            db.close();
        }, "chipgraph-serve-shutdown"));
        console.out().println("chipgraph: serving " + store.db + " at " + server.datasetUrl()
                + (allowUpdate ? " (updates for users of " + passwordFile + ")" : " (read-only)")
                + ", query time limit " + (timeout == 0 ? "none" : timeout + " s")
                + ", requests logged to " + (settings.requestLog() == null ? "stderr" : settings.requestLog() + ".0"));
        console.out().println("chipgraph: web UI at " + server.baseUrl() + "#/dataset/" + ServeSettings.DATASET + "/query ; questions at " + server.datasetUrl() + "/questions ; Ctrl-C stops");
        console.out().flush();
        server.join();
        return 0;
    }
}
