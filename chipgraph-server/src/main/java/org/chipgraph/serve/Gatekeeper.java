package org.chipgraph.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first thing every request meets, before Fuseki, the security handler or any body is read:
 * <ul>
 *   <li>a {@code Host} that is not this server's address, localhost, an IP literal or a configured name is
 *       refused with 403 (a page on attacker.example, re-pointed by DNS to 127.0.0.1, must not read the store);</li>
 *   <li>a declared body over the limit is answered 413 without reading it;</li>
 *   <li>a client address with too many failed logins in the last minute gets 429 for any request with credentials.</li>
 * </ul>
 */
final class Gatekeeper extends Handler.Wrapper {
    /** Failed logins per client address per minute before its credentials are refused unread. */
    static final int MAX_FAILED_LOGINS = 10;
    static final long WINDOW_MS = 60_000;

    private final ServeSettings settings;
    private final RequestLogFile log;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    Gatekeeper(ServeSettings settings, RequestLogFile log, Handler next) {
        super(next);
        this.settings = settings;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host != null && !allowedHost(hostPart(host))) {
            Response.writeError(request, response, callback, 403,
                    "Host '" + hostPart(host) + "' is not served here (DNS rebinding?); start serve with --host-names " + hostPart(host) + " to allow it");
            return true;
        }
        long length = request.getLength();
        if (length > settings.maxBody()) {
            // Connection: close, so the client need not send the rest of a body nobody reads.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Response.writeError(request, response, callback, 413,
                    "request body of " + length + " bytes, expected at most " + settings.maxBody() + " (serve --max-body)");
            return true;
        }
        String client = Request.getRemoteAddr(request);
        if (request.getHeaders().get(HttpHeader.AUTHORIZATION) != null && blocked(client)) {
            log.loginRefused(client, RequestLogFile.basicUser(request), "too many failed logins");
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(WINDOW_MS / 1000));
            Response.writeError(request, response, callback, 429, "too many failed logins from " + client + "; try again in a minute");
            return true;
        }
        return super.handle(request, response, callback);
    }

    /** Called by the request log for each request answered 401 to credentials. */
    void failedLogin(String client) {
        Deque<Long> times = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(System.currentTimeMillis());
            while (times.size() > MAX_FAILED_LOGINS) times.removeFirst();
        }
    }

    private boolean blocked(String client) {
        Deque<Long> times = failures.get(client);
        if (times == null) return false;
        synchronized (times) {
            long now = System.currentTimeMillis();
            while (!times.isEmpty() && now - times.peekFirst() > WINDOW_MS) times.removeFirst();
            return times.size() >= MAX_FAILED_LOGINS;
        }
    }

    /** "example.org:3030" -> "example.org"; "[::1]:3030" -> "::1". */
    static String hostPart(String hostHeader) {
        String h = hostHeader.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        if (colon >= 0 && h.indexOf(':', colon + 1) < 0) h = h.substring(0, colon);
        return h;
    }

    boolean allowedHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        // an IP literal cannot be re-pointed by DNS, so it cannot carry a rebinding attack
        if (h.equals("localhost") || isIpLiteral(h)) return true;
        if (h.equals(settings.host().toLowerCase(Locale.ROOT))) return true;
        List<String> names = settings.hostNames();
        for (String n : names) if (n.equalsIgnoreCase(h)) return true;
        return false;
    }

    static boolean isIpLiteral(String h) {
        return h.matches("\\d{1,3}(\\.\\d{1,3}){3}") || (h.contains(":") && h.matches("[0-9a-f:.]+"));
    }
}
