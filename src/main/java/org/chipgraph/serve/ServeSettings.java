package org.chipgraph.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the endpoint is served: where it listens, how long a query may run, who may write and which
 * browser origins may call it. Port 0 picks a free port (tests).
 */
public record ServeSettings(String host, int port, Duration timeout, Path passwordFile, CorsSettings cors) {

    public static final String DATASET = "chipgraph";

    public ServeSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(cors, "cors");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " is out of range 0-65535");
    }

    /** Read-only on loopback, 10 s per query, any origin may read. */
    public static ServeSettings defaults() {
        return new ServeSettings("127.0.0.1", 3030, Duration.ofSeconds(10), null, CorsSettings.anyOrigin());
    }

    /** Updates are enabled exactly when a password file is given: there is no way to write without credentials. */
    public boolean allowUpdate() { return passwordFile != null; }

    public ServeSettings withPort(int p) { return new ServeSettings(host, p, timeout, passwordFile, cors); }

    public ServeSettings withTimeout(Duration t) { return new ServeSettings(host, port, t, passwordFile, cors); }

    public ServeSettings withPasswordFile(Path f) { return new ServeSettings(host, port, timeout, f, cors); }

    public ServeSettings withCors(CorsSettings c) { return new ServeSettings(host, port, timeout, passwordFile, c); }

    public ServeSettings withHost(String h) { return new ServeSettings(h, port, timeout, passwordFile, cors); }

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
