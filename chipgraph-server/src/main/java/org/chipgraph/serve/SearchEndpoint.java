package org.chipgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.chipgraph.error.ChipgraphException;
import org.chipgraph.query.NameSearch;

/**
 * {@code GET /chipgraph/search?q=TEXT[&limit=N]}: the entities called something like TEXT, as JSON
 * (name, class, the name that matched, how, score, number of sources, IRI); the same as {@code chipgraph search}.
 */
final class SearchEndpoint implements Filter {
    private final String path;
    private final DatasetGraph dsg;

    SearchEndpoint(String datasetName, DatasetGraph dsg) {
        this.path = "/" + datasetName + "/search";
        this.dsg = dsg;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!request.getRequestURI().substring(request.getContextPath().length()).equals(path)) {
            chain.doFilter(req, res);
            return;
        }
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            send(response, 405, "text/plain; charset=utf-8", "search is read-only: use GET\n");
            return;
        }
        String q = request.getParameter("q");
        int limit;
        try {
            limit = request.getParameter("limit") == null ? 10 : Integer.parseInt(request.getParameter("limit").strip());
            if (limit < 1 || limit > 1000) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            send(response, 400, "text/plain; charset=utf-8", "search: limit must be a whole number from 1 to 1000\n");
            return;
        }
        try {
            JsonArray a = new JsonArray();
            for (var row : NameSearch.search(dsg, q, limit)) {
                JsonObject o = new JsonObject();
                row.forEach(o::put);
                a.add(o);
            }
            send(response, 200, "application/json; charset=utf-8", JSON.toString(a));
        } catch (ChipgraphException e) {
            send(response, ErrorStatus.of(e), "text/plain; charset=utf-8", e.oneLine() + "\n");
        }
    }

    private static void send(HttpServletResponse response, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type);
        response.setContentLength(b.length);
        response.getOutputStream().write(b);
    }
}
