package org.chipgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Keeps a query inside its time limit from the first byte of its text to the last byte of its answer:
 * <ul>
 *   <li>a body of unknown length (chunked) is read up to the limit and answered 413 beyond it
 *       (a declared length is checked by {@link Gatekeeper} before anything is read);</li>
 *   <li>the query text is parsed, before Fuseki gets it, within half the time limit ({@link TimedParse};
 *       Fuseki parses it again, in about as long): too slow to parse is a 503, too deeply nested for the
 *       parser's stack a 400, not a 500;</li>
 *   <li>the answer is held back up to a first page ({@link FirstPageResponse}); a query stopped by the
 *       limit within it gets a clean 503; once longer answers stream, a stop at the limit breaks the
 *       connection without the last chunk, so every HTTP client reports an incomplete answer instead of
 *       reading a 200 whose truncated body ends in text that is no result.</li>
 * </ul>
 */
final class QueryGuard implements Filter {
    private final String dataset;
    private final Duration limit;
    private final long maxBody;

    QueryGuard(String dataset, Duration limit, long maxBody) {
        this.dataset = "/" + dataset;
        this.limit = limit;
        this.maxBody = maxBody;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        boolean form = type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/");
        byte[] body = null;
        if (!form && (request.getContentLengthLong() < 0 && hasBody(request) || type.startsWith("application/sparql-query"))) {
            body = readUpTo(request.getInputStream(), maxBody);
            if (body == null) {
                response.setHeader("Connection", "close");
                response.sendError(413, "request body over " + maxBody + " bytes (serve --max-body)");
                return;
            }
            request = new CachedBodyRequest(request, body);
        }
        if (!isQuery(request) || limit.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        String text = body != null && type.startsWith("application/sparql-query") ? new String(body, StandardCharsets.UTF_8) : request.getParameter("query");
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        if (text != null) {
            // Fuseki parses the text again: half the limit each keeps the whole parse within the limit.
            TimedParse.Outcome parsed = TimedParse.check(text, start + limit.toNanos() / 2);
            if (parsed == TimedParse.Outcome.TOO_SLOW) {
                response.sendError(503, "the query text takes longer than the time limit of " + limit.toMillis() + " ms to parse (" + text.length() + " characters)");
                return;
            }
            if (parsed == TimedParse.Outcome.TOO_DEEP) {
                response.sendError(400, "the query is nested too deeply to parse (" + text.length() + " characters); simplify it");
                return;
            }
        }
        FirstPageResponse held = new FirstPageResponse(response, deadline);
        try {
            chain.doFilter(request, held);
        } catch (IOException e) {
            if (!held.expired()) throw e;
        }
        if (held.expired()) {
            if (!held.streaming()) {
                held.discard();
                response.sendError(503, "query stopped after the time limit of " + limit.toMillis() + " ms");
                return;
            }
            // Part of the answer is out with a 200: end the connection without the final chunk.
            throw new IOException("query stopped after the time limit of " + limit.toMillis() + " ms; answer cut off");
        }
        held.finish();
    }

    private boolean isQuery(HttpServletRequest r) {
        String path = r.getRequestURI();
        String m = r.getMethod();
        return (m.equals("GET") || m.equals("POST"))
                && (path.equals(dataset) || path.equals(dataset + "/query") || path.equals(dataset + "/sparql"))
                && (r.getQueryString() != null && r.getQueryString().contains("query=") || m.equals("POST"));
    }

    private static boolean hasBody(HttpServletRequest r) {
        return r.getHeader("Transfer-Encoding") != null;
    }

    /** The whole body, or null when it is longer than {@code max}. */
    static byte[] readUpTo(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > max) return null;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
