package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.chipgraph.query.QuestionLibrary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person can open the web UI, run a question's SPARQL and see the answer as a table (real headless Chromium). */
@Tag("integration")
class WebUiInBrowserTest {
    static final Path SCREENSHOT = Path.of("target", "ui-query.png");

    @Test
    void theQueryPageRunsAQuestionAndShowsTheRowsInATable(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(DevToolsBrowser.available(),
                "skipped: no Chromium at " + DevToolsBrowser.CHROMIUM + " (install it with .ci/install-test-deps or apt-get install chromium)");
        String sparql = QuestionLibrary.load().get("supply-network").sparql();
        try (ServedStore served = ServedStore.start(dir);
             DevToolsBrowser browser = DevToolsBrowser.launch(Files.createDirectories(dir.resolve("chromium-profile")))) {
            browser.navigate(served.server.baseUrl() + "#/dataset/chipgraph/query");
            browser.waitFor("the query editor", "!!(document.querySelector('.CodeMirror') && document.querySelector('.CodeMirror').CodeMirror)", Duration.ofSeconds(60));
            browser.eval("document.querySelector('.CodeMirror').CodeMirror.setValue(" + JSON.toStringFlat(new JsonString(sparql)) + ")");
            browser.eval("document.querySelector('.yasqe_queryButton').click()");
            browser.waitFor("the result table", "document.querySelectorAll('.yasr table tbody tr').length >= 2", Duration.ofSeconds(60));
            JsonValue rows = browser.eval("Array.from(document.querySelectorAll('.yasr table tbody tr'))"
                    + ".map(tr => Array.from(tr.querySelectorAll('td')).map(td => td.innerText.trim()).join(' | '))");
            browser.eval("document.querySelector('.yasr').scrollIntoView({block: 'center'})");
            browser.screenshot(SCREENSHOT);

            String table = rows.toString();
            assertEquals(2, rows.getAsArray().size(), table);
            // the questions' SPARQL answers entities as IRIs (the CLI and the question endpoint print their labels)
            assertTrue(table.contains("company/nvidia") && table.contains("company/bytedance") && table.contains("news-a.txt"), table);
            assertTrue(table.contains("company/tsmc") && table.contains("news-b.txt"), table);
            assertTrue(Files.size(SCREENSHOT) > 10_000, "screenshot written");
        }
    }
}
