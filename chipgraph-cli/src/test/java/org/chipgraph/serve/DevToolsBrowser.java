package org.chipgraph.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Headless Chromium driven over the DevTools protocol with Java's own HttpClient WebSocket:
 * a real browser without npm or a browser download.
 */
final class DevToolsBrowser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("chipgraph.chromium", "/usr/bin/chromium"));
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    static boolean available() { return Files.isExecutable(CHROMIUM); }

    private DevToolsBrowser(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts Chromium with a fresh profile in {@code profile} and attaches to its first page. */
    static DevToolsBrowser launch(Path profile) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", "about:blank"));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserWs = waitForDevTools(p);
        URI ws = URI.create(browserWs);
        HttpClient http = HttpClient.newHttpClient();
        String pageWs = null;
        for (int i = 0; i < 50 && pageWs == null; i++) {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://" + ws.getAuthority() + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (JsonValue t : JSON.parseAny(list).getAsArray()) {
                if (t.getAsObject().get("type").getAsString().value().equals("page")) {
                    pageWs = t.getAsObject().get("webSocketDebuggerUrl").getAsString().value();
                }
            }
            if (pageWs == null) Thread.sleep(100);
        }
        if (pageWs == null) throw new IllegalStateException("Chromium opened no page");
        Listener listener = new Listener();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), listener).get(10, TimeUnit.SECONDS);
        DevToolsBrowser b = new DevToolsBrowser(p, socket);
        listener.browser = b;
        return b;
    }

    private static String waitForDevTools(Process p) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> { try { err.transferTo(java.io.Writer.nullWriter()); } catch (IOException ignored) { } }, "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("Chromium exited before opening DevTools:\n" + seen);
    }

    /** Sends one DevTools command and waits for its result. */
    JsonObject call(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject msg = new JsonObject();
        msg.put("id", id);
        msg.put("method", method);
        msg.put("params", params == null ? new JsonObject() : params);
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.toStringFlat(msg), true).get(10, TimeUnit.SECONDS);
        JsonObject reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.hasKey("error")) throw new IllegalStateException(method + ": " + reply.get("error"));
        return reply.get("result").getAsObject();
    }

    void navigate(String url) throws Exception {
        JsonObject p = new JsonObject();
        p.put("url", url);
        call("Page.navigate", p);
    }

    /** Evaluates a JavaScript expression in the page and returns its value (JSON-serialisable). */
    JsonValue eval(String expression) throws Exception {
        JsonObject p = new JsonObject();
        p.put("expression", expression);
        p.put("returnByValue", true);
        p.put("awaitPromise", true);
        JsonObject r = call("Runtime.evaluate", p);
        if (r.hasKey("exceptionDetails")) throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
        JsonObject result = r.get("result").getAsObject();
        return result.hasKey("value") ? result.get("value") : null;
    }

    boolean evalTrue(String expression) throws Exception {
        JsonValue v = eval(expression);
        return v != null && v.isBoolean() && v.getAsBoolean().value();
    }

    /**
     * Polls {@code expression} until it is true or {@code timeout} passes. A page that navigates while it is asked
     * (the UI app moves from / to its own route as it starts) answers "navigated or closed": that poll counts as false.
     */
    void waitFor(String what, String expression, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (evalTrue(expression)) return;
            } catch (IllegalStateException e) {
                if (!String.valueOf(e.getMessage()).contains("navigated or closed")) throw e;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
    }

    void screenshot(Path file) throws Exception {
        JsonObject p = new JsonObject();
        p.put("format", "png");
        String data = call("Page.captureScreenshot", p).get("data").getAsString().value();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is killed next anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static final class Listener implements WebSocket.Listener {
        volatile DevToolsBrowser browser;
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                JsonObject msg = JSON.parse(text);
                if (msg.hasKey("id") && browser != null) {
                    CompletableFuture<JsonObject> f = browser.pending.remove(msg.get("id").getAsNumber().value().intValue());
                    if (f != null) f.complete(msg);
                }
            }
            ws.request(1);
            return null;
        }
    }

}
