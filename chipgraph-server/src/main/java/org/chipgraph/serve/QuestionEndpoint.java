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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.chipgraph.error.ChipgraphException;
import org.chipgraph.query.AnswerPage;
import org.chipgraph.query.Bindings;
import org.chipgraph.query.CsvAnswer;
import org.chipgraph.query.Labels;
import org.chipgraph.query.QueryRunner;
import org.chipgraph.query.Question;
import org.chipgraph.query.QuestionLibrary;
import java.util.List;

/**
 * The question library over HTTP: {@code GET /chipgraph/questions} lists the questions as JSON,
 * {@code GET /chipgraph/questions/NAME?param=value} runs one with its parameters bound as RDF terms
 * (never pasted into the query), answering in the negotiated format.
 * A servlet filter ahead of Fuseki's dispatch, because Fuseki endpoints cannot take a path below them.
 */
final class QuestionEndpoint implements Filter {

    private final String prefix;
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final QuestionLibrary library;
    private final DatasetGraph dsg;
    private final Duration timeout;

    QuestionEndpoint(String datasetName, java.util.List<Question> questions, DatasetGraph dsg, Duration timeout) {
        this.prefix = "/" + datasetName + "/questions";
        questions.forEach(q -> this.questions.put(q.name(), q));
        this.library = QuestionLibrary.of(questions);
        this.dsg = dsg;
        this.timeout = timeout;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals(prefix) && !path.equals(prefix + "/") && !path.startsWith(prefix + "/")) {
            chain.doFilter(req, res);
            return;
        }
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            text(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "questions are read-only: use GET");
            return;
        }
        String name = path.length() <= prefix.length() + 1 ? "" : path.substring(prefix.length() + 1);
        long start = System.nanoTime();
        if (name.isEmpty()) {
            list(request, response);
        } else {
            run(name, request, response);
        }
        // Fuseki's action log, like its own operations: these requests never reach Fuseki's dispatch.
        org.apache.jena.fuseki.Fuseki.actionLog.info(String.format("[question] %s %s%s -> %d (%d ms)", method, path,
                request.getQueryString() == null ? "" : "?" + request.getQueryString(), response.getStatus(),
                (System.nanoTime() - start) / 1_000_000));
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (QuestionPage.wantsHtml(request.getHeader("Accept"))) {
            send(response, HttpServletResponse.SC_OK, "text/html; charset=utf-8",
                    QuestionPage.list(request.getContextPath() + prefix, List.copyOf(questions.values())).getBytes(StandardCharsets.UTF_8));
            return;
        }
        JsonArray all = new JsonArray();
        for (Question q : questions.values()) all.add(describe(q));
        send(response, HttpServletResponse.SC_OK, "application/json; charset=utf-8", JSON.toString(all).getBytes(StandardCharsets.UTF_8));
    }

    static JsonObject describe(Question q) {
        JsonObject o = new JsonObject();
        o.put("name", q.name());
        o.put("title", q.title());
        o.put("description", q.description());
        JsonArray params = new JsonArray();
        for (Question.Parameter p : q.parameters()) {
            JsonObject jp = new JsonObject();
            jp.put("name", p.name());
            jp.put("type", p.type().name().toLowerCase(java.util.Locale.ROOT));
            jp.put("description", p.description());
            params.add(jp);
        }
        o.put("parameters", params);
        o.put("example", q.example() == null ? "" : q.example());
        return o;
    }

    private void run(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Question> found = Optional.ofNullable(questions.get(name));
        if (found.isEmpty()) {
            List<String> near = library.nearest(name);
            text(response, HttpServletResponse.SC_NOT_FOUND, "no question named '" + name + "'"
                    + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?") + " GET " + prefix + " lists them");
            return;
        }
        Question q = found.get();
        Map<String, String> params = new LinkedHashMap<>();
        for (var e : request.getParameterMap().entrySet()) {
            if (e.getValue().length != 1) {
                text(response, HttpServletResponse.SC_BAD_REQUEST, "question '" + name + "': parameter '" + e.getKey() + "' is given " + e.getValue().length + " times, expected once");
                return;
            }
            params.put(e.getKey(), e.getValue()[0]);
        }
        long limit, offset;
        try {
            limit = Long.parseLong(Optional.ofNullable(params.remove("limit")).orElse(Long.toString(QueryRunner.DEFAULT_PAGE)).strip());
            offset = Long.parseLong(Optional.ofNullable(params.remove("offset")).orElse("0").strip());
            if (limit < 0 || offset < 0) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            text(response, HttpServletResponse.SC_BAD_REQUEST, "question '" + name + "': limit and offset must be whole numbers, 0 or more (limit=0: all rows)");
            return;
        }
        boolean iris = "true".equals(params.remove("iris"));
        // its form only: a SELECT is paged by AnswerPage, any other form run from its own copy (answer)
        Query query = QueryRunner.parsed(q);
        // A form's download buttons (format=csv|json|tsv|xml) choose the format; a browser asking for HTML gets a table.
        String format = params.remove("format");
        boolean html = format == null && query.isSelectType() && QuestionPage.wantsHtml(request.getHeader("Accept"));
        String accept = format == null ? (html ? "application/sparql-results+json" : request.getHeader("Accept")) : switch (format) {
            case "csv" -> "text/csv";
            case "tsv" -> "text/tab-separated-values";
            case "xml" -> "application/sparql-results+xml";
            default -> "application/sparql-results+json";
        };
        Optional<Lang> lang = ResultMediaType.choose(accept,
                query.isConstructType() || query.isDescribeType() ? ResultMediaType.GRAPHS : ResultMediaType.RESULT_SETS);
        if (lang.isEmpty()) {
            text(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "cannot answer in " + request.getHeader("Accept")
                    + ", expected SPARQL JSON/XML, CSV or TSV results (SELECT, ASK), or Turtle/JSON-LD (CONSTRUCT, DESCRIBE)");
            return;
        }
        byte[] body;
        try {
            // Answered whole inside the read transaction, so a timeout or a bad value is a clean
            // error status rather than a truncated 200.
            body = Txn.calculateRead(dsg, () -> answer(q, query, params, lang.get(), limit, offset, iris, html, response));
        } catch (ChipgraphException e) {
            text(response, ErrorStatus.of(e), e.oneLine());
            return;
        } catch (QueryCancelledException e) {
            text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "question '" + name + "': stopped after the time limit of " + timeout.toMillis() + " ms");
            return;
        } catch (RuntimeException e) {
            // A one-line 500 rather than Jetty's HTML page; the stack trace goes to the server log.
            org.apache.jena.fuseki.Fuseki.actionLog.warn("question '" + name + "' failed", e);
            text(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "question '" + name + "': internal error: " + e);
            return;
        }
        send(response, HttpServletResponse.SC_OK, html ? "text/html; charset=utf-8" : ResultMediaType.contentType(lang.get()), body);
    }

    private byte[] answer(Question q, Query query, Map<String, String> params, Lang lang, long limit, long offset, boolean iris, boolean html, HttpServletResponse response) {
        List<String> notes = new java.util.ArrayList<>();
        Binding binding = Bindings.of(q, params, dsg, notes);
        // How a name was read when it was not spelt exactly (a fuzzy match), for the caller to check.
        notes.forEach(n -> response.addHeader("Chipgraph-Note", n.replaceAll("[^\\x20-\\x7e]", "?")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (query.isSelectType()) {
            // The page (a question ordered by document is run a few documents at a time; any other once).
            AnswerPage.Page page = AnswerPage.select(dsg, q, binding, limit, offset, timeout.toMillis());
            if (page.more()) response.setHeader("Chipgraph-More-Rows", "true");
            // Labels for people, as on the CLI; iris=true keeps the entity IRIs for programs that follow them.
            if (!html && lang.equals(org.apache.jena.riot.resultset.ResultSetLang.RS_CSV)) {
                // written in one pass, each entity labelled as it is written (the same bytes as Jena's writer)
                return CsvAnswer.bytes(page.vars(), page.rows(), Labels.labeller(dsg, page.labels(), iris));
            }
            List<Binding> rows = Labels.apply(page.vars(), page.rows(), dsg, page.labels(), iris);
            if (html) {
                response.setContentType("text/html; charset=utf-8");
                return QuestionPage.answer(q, page.vars(), rows, page.more()).getBytes(StandardCharsets.UTF_8);
            }
            ResultsWriter.create().lang(lang).write(out, org.apache.jena.sparql.exec.RowSetStream.create(page.vars(), rows.iterator()));
            return out.toByteArray();
        }
        var builder = QueryExec.dataset(dsg).query(QueryRunner.paged(q, limit, offset)).substitution(binding);
        if (!timeout.isZero()) builder.timeout(timeout.toMillis());
        try (QueryExec exec = builder.build()) {
            if (query.isAskType()) {
                ResultsWriter.create().lang(lang).build().write(out, exec.ask());
            } else {
                Graph g = query.isConstructType() ? exec.construct() : exec.describe();
                RDFDataMgr.write(out, g, lang);
            }
        }
        return out.toByteArray();
    }

    private static void text(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
