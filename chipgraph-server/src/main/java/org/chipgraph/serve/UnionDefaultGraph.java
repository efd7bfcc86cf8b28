package org.chipgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code GET /chipgraph?default} and {@code /chipgraph/get?default}: the Graph Store read of the default
 * graph answers the union of the named graphs, as SPARQL's default graph does here (Fuseki's own
 * read answers the store's real default graph, which is empty). Streamed in one read transaction.
 */
final class UnionDefaultGraph implements Filter {
    private final String dataset;
    private final DatasetGraph dsg;

    UnionDefaultGraph(String dataset, DatasetGraph dsg) {
        this.dataset = "/" + dataset;
        this.dsg = dsg;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI();
        boolean get = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (!get || !(path.equals(dataset) || path.equals(dataset + "/get")) || request.getParameter("default") == null
                || request.getParameter("query") != null || request.getParameter("graph") != null) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        Lang lang = negotiate(request.getHeader("Accept"));
        RDFFormat format = lang.equals(Lang.NTRIPLES) ? RDFFormat.NTRIPLES : RDFFormat.TURTLE_BLOCKS;
        response.setStatus(200);
        response.setContentType(format.getLang().getContentType().getContentTypeStr() + "; charset=utf-8");
        if (request.getMethod().equals("HEAD")) return;
        OutputStream out = response.getOutputStream();
        Txn.executeRead(dsg, () -> {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
            w.start();
            StreamRDFOps.sendGraphToStream(dsg.getUnionGraph(), w);
            w.finish();
        });
    }

    /** N-Triples when asked for; otherwise Turtle, the Graph Store default. */
    static Lang negotiate(String accept) {
        if (accept != null) {
            for (String part : accept.split(",")) {
                Lang l = RDFLanguages.contentTypeToLang(part.split(";")[0].strip());
                if (Lang.NTRIPLES.equals(l)) return Lang.NTRIPLES;
                if (Lang.TURTLE.equals(l)) return Lang.TURTLE;
            }
        }
        return Lang.TURTLE;
    }
}
