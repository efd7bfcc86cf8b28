package org.chipgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.chipgraph.error.InputError;
import org.chipgraph.store.FileErrors;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * One line per request (time, client, user, method, path, status, duration), a line per failed login
 * with the client address, and the user of every write, in a file that rotates at 10 MB (5 files:
 * FILE.0 is the newest), or on stderr when no file is given.
 */
final class RequestLogFile implements RequestLog, AutoCloseable {
    static final int ROTATE_BYTES = 10 * 1024 * 1024;
    static final int FILES = 5;
    private static final int MAX_TARGET = 200;

    private final FileHandler file;
    private Gatekeeper gatekeeper;

    RequestLogFile(Path path) {
        if (path == null) {
            file = null;
            return;
        }
        try {
            file = new FileHandler(path.toAbsolutePath().toString() + ".%g", ROTATE_BYTES, FILES, true);
            file.setEncoding(StandardCharsets.UTF_8.name());
        } catch (IOException e) {
            throw new InputError(path + ": cannot write the request log (" + FileErrors.plain(e) + ")");
        }
        file.setFormatter(new Formatter() {
            @Override public String format(LogRecord r) { return r.getMessage() + System.lineSeparator(); }
        });
    }

    void countFailuresIn(Gatekeeper g) { this.gatekeeper = g; }

    @Override
    public void log(Request request, Response response) {
        String client = Request.getRemoteAddr(request);
        String user = basicUser(request);
        int status = response.getStatus();
        String method = request.getMethod();
        String target = request.getHttpURI().getPathQuery();
        long ms = (System.nanoTime() - request.getBeginNanoTime()) / 1_000_000;
        if (status == 401 && user != null) {
            line("LOGIN-FAILED client=" + client + " user=" + clean(user) + " " + method + " " + clean(target));
            if (gatekeeper != null) gatekeeper.failedLogin(client);
        }
        if (isWrite(method, target) && status >= 200 && status < 300) {
            line("WRITE client=" + client + " user=" + clean(user) + " " + method + " " + clean(target) + " " + status);
        }
        line(String.format("%s %s user=%s %s %s %d %dms", Instant.now(), client, user == null || status == 401 ? "-" : clean(user),
                method, clean(target), status, ms));
    }

    void loginRefused(String client, String user, String why) {
        line("LOGIN-REFUSED client=" + client + " user=" + (user == null ? "-" : clean(user)) + " (" + why + ")");
    }

    /** A write: SPARQL Update, or a Graph Store write (PUT, POST, DELETE) on the read-write endpoint. */
    static boolean isWrite(String method, String target) {
        String path = target == null ? "" : target.split("\\?", 2)[0];
        return path.endsWith("/update") || path.endsWith("/data") && !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    /** The user name of HTTP Basic credentials, or null. */
    static String basicUser(Request request) {
        String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        try {
            String pair = new String(Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? pair : pair.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "(malformed)";
        }
    }

    /** One line whatever the request holds; long targets (a query in the URL) cut. */
    private static String clean(String s) {
        if (s == null) return "-";
        String one = s.replaceAll("[\\p{Cntrl}\\s]+", " ");
        return one.length() > MAX_TARGET ? one.substring(0, MAX_TARGET) + "..." : one;
    }

    private void line(String text) {
        if (file == null) {
            System.err.println(text);
        } else {
            file.publish(new LogRecord(Level.INFO, text));
            file.flush();
        }
    }

    @Override
    public void close() {
        if (file != null) file.close();
    }
}
