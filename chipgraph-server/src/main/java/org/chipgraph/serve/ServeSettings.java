package org.chipgraph.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the endpoint is served: where it listens, how long a query may run, who may write, which
 * browser origins may call it, how large a request body may be, which Host names it answers to (besides
 * its address, localhost and IP literals) and where requests are logged (null: stderr). Port 0 picks a
 * free port (tests).
 */
public record ServeSettings(String host, int port, Duration timeout, Path passwordFile, CorsSettings cors,
                            long maxBody, List<String> hostNames, Path requestLog) {

    public static final String DATASET = "chipgraph";
    /** A SPARQL query or a document's graph is far below this; a bigger body is a mistake or an attack. */
    public static final long DEFAULT_MAX_BODY = 1024 * 1024;

    public ServeSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(cors, "cors");
        hostNames = List.copyOf(hostNames);
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " is out of range 0-65535");
        if (maxBody < 1) throw new IllegalArgumentException("the body limit must be at least 1 byte");
    }

    public ServeSettings(String host, int port, Duration timeout, Path passwordFile, CorsSettings cors) {
        this(host, port, timeout, passwordFile, cors, DEFAULT_MAX_BODY, List.of(), null);
    }

    /** Read-only on loopback, 10 s per query, no cross-origin access, 1 MB bodies. */
    public static ServeSettings defaults() {
        return new ServeSettings("127.0.0.1", 3030, Duration.ofSeconds(10), null, CorsSettings.none());
    }

    /** Updates are enabled exactly when a password file is given: there is no way to write without credentials. */
    public boolean allowUpdate() { return passwordFile != null; }

    public ServeSettings withPort(int p) { return new ServeSettings(host, p, timeout, passwordFile, cors, maxBody, hostNames, requestLog); }

    public ServeSettings withTimeout(Duration t) { return new ServeSettings(host, port, t, passwordFile, cors, maxBody, hostNames, requestLog); }

    public ServeSettings withPasswordFile(Path f) { return new ServeSettings(host, port, timeout, f, cors, maxBody, hostNames, requestLog); }

    public ServeSettings withCors(CorsSettings c) { return new ServeSettings(host, port, timeout, passwordFile, c, maxBody, hostNames, requestLog); }

    public ServeSettings withHost(String h) { return new ServeSettings(h, port, timeout, passwordFile, cors, maxBody, hostNames, requestLog); }

    public ServeSettings withMaxBody(long bytes) { return new ServeSettings(host, port, timeout, passwordFile, cors, bytes, hostNames, requestLog); }

    public ServeSettings withHostNames(List<String> names) { return new ServeSettings(host, port, timeout, passwordFile, cors, maxBody, names, requestLog); }

    public ServeSettings withRequestLog(Path file) { return new ServeSettings(host, port, timeout, passwordFile, cors, maxBody, hostNames, file); }

    /** The warning to print before listening beyond loopback, or empty on loopback. */
    public java.util.Optional<String> exposureWarning() {
        if (isLoopback()) return java.util.Optional.empty();
        return java.util.Optional.of("listening on " + host + ", not loopback: anyone who can reach this host can query the store"
                + (allowUpdate() ? " and try passwords (sent in clear over http)" : ""));
    }

    /** True for 127.0.0.0/8, ::1 and "localhost": anything else exposes the store to the network. */
    public boolean isLoopback() {
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }
}
