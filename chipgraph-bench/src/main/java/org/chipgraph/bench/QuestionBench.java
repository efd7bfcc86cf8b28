package org.chipgraph.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.chipgraph.query.Question;
import org.chipgraph.query.QuestionLibrary;
import org.chipgraph.serve.ChipgraphServer;
import org.chipgraph.serve.ServeSettings;
import org.chipgraph.store.TdbStore;

/**
 * Latency of every question of queries/ through the endpoint, as an analyst's client sees it: the store is
 * served by an embedded Fuseki on a free loopback port; each question is asked with its example parameters
 * (and the default page of 1,000 rows, or {@code limit} rows) by a java.net.http client, under the server's query time limit, a few
 * times to warm up and then {@code runs} times; p50 and p95 of the wall-clock time per request are printed with the rows answered.
 * A request's time is what a client waits for: from sending it to the last byte of the answer received, as bytes; the
 * client's own decoding and row counting come after the clock stops (they were inside it before, as a String decoded
 * from UTF-8, about 1 % of a 1,000-row request).
 */
public final class QuestionBench {
    private QuestionBench() {}

    /** One question's figures. */
    public record Figure(String question, boolean parameterised, int status, int rows, double p50, double p95) {}

    public static List<Figure> run(TdbStore store, int warmup, int runs, Duration limit, List<String> only, PrintStream out) throws Exception {
        return run(store, warmup, runs, limit, only, 0, out);
    }

    /** As above; {@code pageRows} &gt; 0 asks every question for a page of that many rows instead of the default. */
    public static List<Figure> run(TdbStore store, int warmup, int runs, Duration limit, List<String> only, long pageRows, PrintStream out) throws Exception {
        return run(store, warmup, runs, limit, only, pageRows, null, out);
    }

    /**
     * As above, the server's request log written to {@code requestLog} (null: on stderr, where its lines came between
     * the table's cells on a terminal).
     */
    public static List<Figure> run(TdbStore store, int warmup, int runs, Duration limit, List<String> only, long pageRows, java.nio.file.Path requestLog,
            PrintStream out) throws Exception {
        QuestionLibrary library = QuestionLibrary.load();
        List<Figure> figures = new ArrayList<>();
        ServeSettings settings = ServeSettings.defaults().withPort(0).withTimeout(limit).withRequestLog(requestLog);
        try (ChipgraphServer server = ChipgraphServer.start(store.datasetGraph(), settings, library)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            out.printf("%-45s %6s %6s %10s %10s%n", "question", "status", "rows", "p50 ms", "p95 ms");
            for (Question q : library.all()) {
                if (only != null && !only.isEmpty() && !only.contains(q.name())) continue;
                String url = server.datasetUrl() + "/questions/" + q.name() + query(q, pageRows);
                HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").timeout(Duration.ofSeconds(180)).GET().build();
                out.printf("%-45s ", q.name() + (q.parameters().isEmpty() ? "" : " *"));
                out.flush();
                HttpResponse<byte[]> last = null;
                for (int i = 0; i < warmup; i++) last = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                double[] ms = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    last = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                int rows = last == null ? 0 : (int) Math.max(0, new String(last.body(), StandardCharsets.UTF_8).lines().count() - 1);
                Figure f = new Figure(q.name(), !q.parameters().isEmpty(), last == null ? 0 : last.statusCode(), rows,
                        ms[(runs - 1) / 2], ms[(int) Math.ceil(runs * 0.95) - 1]);
                figures.add(f);
                out.printf("%6d %6d %10.1f %10.1f%n", f.status(), f.rows(), f.p50(), f.p95());
                out.flush();
            }
        }
        out.println("* parameterised (example parameters of the question); every answer is one page of at most "
                + (pageRows > 0 ? String.format("%,d", pageRows) : "1,000") + " rows; time = request sent to last byte received");
        return figures;
    }

    private static String query(Question q, long pageRows) {
        Map<String, String> params = new java.util.LinkedHashMap<>(q.exampleParams());
        if (pageRows > 0) params.put("limit", Long.toString(pageRows));
        if (params.isEmpty()) return "";
        StringBuilder b = new StringBuilder("?");
        params.forEach((k, v) -> b.append(b.length() > 1 ? "&" : "").append(enc(k)).append('=').append(enc(v)));
        return b.toString();
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
