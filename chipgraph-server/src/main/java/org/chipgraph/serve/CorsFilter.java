package org.chipgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS headers for the origins of {@link CorsSettings}; answers preflight requests itself.
 * Replaces Fuseki's built-in filter, which allows every origin and cannot be limited from code.
 */
final class CorsFilter implements Filter {
    private static final String METHODS = "GET, POST, PUT, DELETE, HEAD, OPTIONS";
    private static final String HEADERS = "Accept, Authorization, Content-Type, Origin, X-Requested-With";
    private static final String EXPOSED = "Content-Type, Content-Length, Location";

    private final CorsSettings cors;

    CorsFilter(CorsSettings cors) { this.cors = cors; }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = request.getHeader("Origin");
        if (origin == null || !cors.allows(origin)) {
            chain.doFilter(req, res);
            return;
        }
        if (cors.allowsCredentials(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Credentials", "true");
        } else {
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
        response.addHeader("Vary", "Origin");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        boolean preflight = "OPTIONS".equalsIgnoreCase(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
        if (preflight) {
            response.setHeader("Access-Control-Allow-Methods", METHODS);
            response.setHeader("Access-Control-Allow-Headers", HEADERS);
            response.setHeader("Access-Control-Max-Age", "1800");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, res);
    }
}
