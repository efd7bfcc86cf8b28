package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * notebooks/supply-chain.ipynb runs top to bottom against a live endpoint, with Debian's Python
 * (/usr/bin/python3 with python3-sparqlwrapper, -pandas, -networkx, -matplotlib, -ipykernel, jupyter-nbconvert).
 */
@Tag("integration")
class NotebookTest {
    static final Path NOTEBOOK = Path.of("notebooks", "supply-chain.ipynb");
    static final String PYTHON = "/usr/bin/python3";

    @BeforeAll
    static void needsDebianJupyter() throws Exception {
        boolean ok = Files.isExecutable(Path.of(PYTHON)) && new ProcessBuilder(PYTHON, "-c",
                "import SPARQLWrapper, pandas, networkx, matplotlib, ipykernel, nbconvert")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        Assumptions.assumeTrue(ok, "skipped: " + PYTHON + " lacks SPARQLWrapper/pandas/networkx/matplotlib/ipykernel/nbconvert"
                + " (install them with .ci/install-test-deps)");
    }

    @Test
    void theNotebookRunsWithoutErrorsAndShowsTablesAndTheNetwork(@TempDir Path dir) throws Exception {
        List<JsonObject> outputs;
        try (ServedStore served = ServedStore.start(dir)) {
            outputs = execute(served, dir, "supply-chain.executed.ipynb");
        }
        assertNoErrors(outputs);
        String html = texts(outputs, "text/html");
        assertTrue(html.contains("<table"), "DataFrames are shown as tables");
        assertTrue(html.contains("who-supplies"), "the question list");
        assertTrue(html.contains("NVIDIA") && html.contains("ByteDance") && html.contains("H20"), "who supplies whom with which chips");
        assertTrue(html.contains("&gt;100000") || html.contains(">100000"), "orders vs deliveries: " + html);
        assertTrue(html.contains("US export controls 2023-10") && html.contains("H100"), "what the control reaches");
        assertTrue(html.contains("Alibaba") && html.contains("buys a restricted item"), "who is exposed");
        assertTrue(html.contains("exporter needing a licence"), "ByteDance, named by the rule, is the exporter, not a restricted party");
        java.util.regex.Matcher plotted = java.util.regex.Pattern.compile("nodes plotted: (\\d+) of (\\d+)").matcher(texts(outputs, "text/plain"));
        assertTrue(plotted.find() && Integer.parseInt(plotted.group(1)) <= 60, "the ego network is bounded: " + texts(outputs, "text/plain"));
        assertTrue(count(outputs, "image/png") >= 1, "the network is drawn");
    }

    @Test
    void theNotebookRunsOnAGraphWithoutFacts(@TempDir Path dir) throws Exception {
        List<JsonObject> outputs;
        try (ServedStore served = ServedStore.start(dir, ServeSettings.defaults(), "/serve/no-facts.trig")) {
            outputs = execute(served, dir, "supply-chain.no-facts.ipynb");
        }
        assertNoErrors(outputs);
        assertTrue(texts(outputs, "text/plain").contains("0 supplier-customer pairs"));
        assertTrue(count(outputs, "image/png") >= 1, "an (empty) network figure");
    }

    /** Executes the notebook with nbconvert against {@code served}; returns every cell output. */
    static List<JsonObject> execute(ServedStore served, Path dir, String outputName) throws Exception {
        Path outDir = Files.createDirectories(Path.of("target", "notebook"));
        ProcessBuilder pb = new ProcessBuilder(PYTHON, "-m", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.kernel_name=python3", "--ExecutePreprocessor.timeout=300",
                "--output-dir", outDir.toString(), "--output", outputName, NOTEBOOK.toString());
        Map<String, String> env = pb.environment();
        env.put("CHIPGRAPH_ENDPOINT", served.server.datasetUrl());
        // Debian's Python and its Jupyter, whatever python3 comes first on the developer's PATH.
        env.put("PATH", "/usr/bin:/bin:" + env.getOrDefault("PATH", ""));
        env.put("MPLCONFIGDIR", Files.createDirectories(dir.resolve("mpl")).toString());
        env.put("JUPYTER_PLATFORM_DIRS", "1");
        // Kernel connection files and IPython state in the temp folder: CI's HOME may be read-only.
        env.put("JUPYTER_RUNTIME_DIR", Files.createDirectories(dir.resolve("jupyter-runtime")).toString());
        env.put("IPYTHONDIR", Files.createDirectories(dir.resolve("ipython")).toString());
        env.remove("PYTHONPATH");
        env.remove("PYTHONHOME");
        Path log = dir.resolve("nbconvert.log");
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("nbconvert did not finish in 10 minutes");
        }
        assertEquals(0, p.exitValue(), "nbconvert failed:\n" + Files.readString(log));
        JsonObject nb = JSON.parse(Files.readString(outDir.resolve(outputName)));
        List<JsonObject> outputs = new ArrayList<>();
        for (JsonValue cell : nb.get("cells").getAsArray()) {
            JsonObject c = cell.getAsObject();
            if (c.hasKey("outputs")) c.get("outputs").getAsArray().forEach(o -> outputs.add(o.getAsObject()));
        }
        return outputs;
    }

    static void assertNoErrors(List<JsonObject> outputs) {
        for (JsonObject o : outputs) {
            assertTrue(!o.get("output_type").getAsString().value().equals("error"), "error cell: " + o);
            if (o.hasKey("name") && o.get("name").getAsString().value().equals("stderr")) {
                String text = join(o.get("text"));
                assertTrue(!text.contains("Traceback") && !text.contains("HTTP 4") && !text.contains("HTTP 5"), "stderr: " + text);
            }
        }
    }

    static String texts(List<JsonObject> outputs, String mime) {
        StringBuilder sb = new StringBuilder();
        for (JsonObject o : outputs) {
            if (o.hasKey("data") && o.get("data").getAsObject().hasKey(mime)) sb.append(join(o.get("data").getAsObject().get(mime)));
            if (mime.equals("text/plain") && o.hasKey("text")) sb.append(join(o.get("text")));
        }
        return sb.toString();
    }

    static long count(List<JsonObject> outputs, String mime) {
        return outputs.stream().filter(o -> o.hasKey("data") && o.get("data").getAsObject().hasKey(mime)).count();
    }

    private static String join(JsonValue v) {
        if (v.isString()) return v.getAsString().value();
        StringBuilder sb = new StringBuilder();
        v.getAsArray().forEach(x -> sb.append(x.getAsString().value()));
        return sb.toString();
    }
}
