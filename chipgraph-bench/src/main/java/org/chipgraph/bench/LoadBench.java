package org.chipgraph.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop load client for the endpoint: N clients each send one GET after another for a
 * fixed time (after a warm-up that is not counted) and it prints requests per second and latency
 * percentiles of the requests that completed inside the measured window. Loopback only, so it cannot be
 * pointed at someone else's server.
 *
 * <pre>
 * bin/chipgraph-bench load \
 *     [--url http://127.0.0.1:3030/chipgraph/questions/who-supplies?company=ByteDance] \
 *     [--clients 8] [--seconds 20] [--warmup 5] [--accept application/sparql-results+json]
 * </pre>
 */
public final class LoadBench {

    public record Result(long requests, long errors, double seconds, double qps, double p50ms, double p95ms, double p99ms, double maxms) {
        @Override
        public String toString() {
            return String.format("requests=%d errors=%d seconds=%.1f qps=%.1f p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms",
                    requests, errors, seconds, qps, p50ms, p95ms, p99ms, maxms);
        }
    }

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:3030/chipgraph/questions/who-supplies?company=ByteDance";
        String accept = "application/sparql-results+json";
        int clients = 8;
        double seconds = 20;
        double warmup = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--accept" -> accept = args[++i];
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: LoadBench [--url URL] [--clients N] [--seconds S] [--warmup S] [--accept MEDIA-TYPE]");
                    return;
                }
                default -> {
                    System.err.println("LoadBench: unknown option " + args[i] + " (try --help)");
                    System.exit(1);
                }
            }
        }
        URI uri = URI.create(url);
        if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
            System.err.println("LoadBench: " + uri.getHost() + " is not a loopback address; LoadBench only loads local servers");
            System.exit(1);
        }
        System.out.println("LoadBench: " + clients + " clients, " + seconds + " s (after " + warmup + " s warm-up), GET " + url);
        Result r = run(uri, accept, clients, Duration.ofMillis((long) (warmup * 1000)), Duration.ofMillis((long) (seconds * 1000)));
        System.out.println(r);
    }

    /** Runs the load; each client records the latency of every request completed in the measured window. */
    public static Result run(URI uri, String accept, int clients, Duration warmup, Duration measure) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", accept).timeout(Duration.ofSeconds(120)).GET().build();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureTo = measureFrom + measure.toNanos();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                while (System.nanoTime() < measureTo) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> resp = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long t1 = System.nanoTime();
                    // Counted when it completes inside the window: throughput of a closed loop.
                    if (t1 < measureFrom || t1 > measureTo) continue;
                    if (resp.statusCode() != 200) {
                        errors.incrementAndGet();
                        continue;
                    }
                    if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
                    lat[n++] = t1 - t0;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) parts.add(f.get());
        pool.shutdown();
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double secs = measure.toNanos() / 1e9;
        return new Result(all.length, errors.get(), secs, all.length / secs,
                pct(all, 50), pct(all, 95), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
