package org.chipgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The Fuseki UI's page ({@code /} and {@code /index.html}) with a link to the question library added at the top:
 * the UI is a packaged single-page app, so the link goes into its one HTML page as it is served.
 */
final class UiQuestionsLink implements Filter {
    static final String LINK_ID = "chipgraph-questions-link";

    private final byte[] page;

    private UiQuestionsLink(byte[] page) { this.page = page; }

    /** The filter, or null when the UI is not on the class path. */
    static UiQuestionsLink forDataset(String datasetName) {
        try (InputStream in = UiQuestionsLink.class.getClassLoader().getResourceAsStream("webapp/index.html")) {
            if (in == null) return null;
            return new UiQuestionsLink(withLink(new String(in.readAllBytes(), StandardCharsets.UTF_8), datasetName).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }

    /** The page with the link right after {@code <body>} (fixed at the top right, above the app). */
    static String withLink(String html, String datasetName) {
        String link = "\n    <nav id=\"" + LINK_ID + "\" style=\"position:fixed;top:6px;right:12px;z-index:10000;"
                + "background:#fff;padding:2px 8px;border:1px solid #ccc;border-radius:4px;font:14px sans-serif\">"
                + "<a href=\"./" + datasetName + "/questions\">chipgraph questions</a></nav>";
        int body = html.indexOf("<body>");
        return body < 0 ? html : html.substring(0, body + 6) + link + html.substring(body + 6);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (!read || !(path.equals("/") || path.equals("/index.html"))) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(200);
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(page.length);
        if (request.getMethod().equals("GET")) response.getOutputStream().write(page);
    }
}
