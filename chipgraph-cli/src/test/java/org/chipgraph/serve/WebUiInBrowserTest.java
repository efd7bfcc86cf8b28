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

    @Test
    void theUiPageLinksToTheQuestionsPage(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(DevToolsBrowser.available(), "skipped: no Chromium at " + DevToolsBrowser.CHROMIUM);
        try (ServedStore served = ServedStore.start(dir);
             DevToolsBrowser browser = DevToolsBrowser.launch(Files.createDirectories(dir.resolve("chromium-profile")))) {
            browser.navigate(served.server.baseUrl());
            // the link sits on the page the UI app draws itself into
            browser.waitFor("the UI app", "!!document.querySelector('#app') && document.querySelector('#app').children.length > 0", Duration.ofSeconds(60));
            browser.waitFor("the questions link", "!!document.querySelector('#" + UiQuestionsLink.LINK_ID + " a')", Duration.ofSeconds(10));
            browser.eval("document.querySelector('#" + UiQuestionsLink.LINK_ID + " a').click()");
            browser.waitFor("the questions page", "location.pathname === '/chipgraph/questions' && document.readyState === 'complete'", Duration.ofSeconds(30));
            assertEquals("chipgraph questions", browser.eval("document.querySelector('h1').innerText.trim()").getAsString().value());
        }
    }

    @Test
    void theQuestionsPageAsksAQuestionWithItsExampleAndShowsTheAnswerAsATable(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(DevToolsBrowser.available(), "skipped: no Chromium at " + DevToolsBrowser.CHROMIUM);
        try (ServedStore served = ServedStore.start(dir);
             DevToolsBrowser browser = DevToolsBrowser.launch(Files.createDirectories(dir.resolve("chromium-profile")))) {
            browser.navigate(served.server.datasetUrl() + "/questions");
            browser.waitFor("the question forms", "document.querySelectorAll('section form').length > 0", Duration.ofSeconds(30));
            // the form comes pre-filled with the question's example: ByteDance
            assertEquals("ByteDance", browser.eval("document.querySelector('#company-chips input[name=company]').value").getAsString().value());
            browser.eval("document.querySelector('#company-chips button:not([name])').click()");
            browser.waitFor("the answer table", "location.pathname.endsWith('/questions/company-chips') && document.querySelectorAll('table tr').length > 1",
                    Duration.ofSeconds(30));
            JsonValue rows = browser.eval("Array.from(document.querySelectorAll('table tr')).slice(1)"
                    + ".map(tr => Array.from(tr.querySelectorAll('td')).map(td => td.innerText.trim()).join(' | '))");
            String table = rows.toString();
            // the fixture's three non-denied ByteDance claims on the H20: buys, orders, receives
            assertEquals(3, rows.getAsArray().size(), table);
            assertTrue(table.contains("H20") && table.contains("buys") && table.contains("orders") && table.contains("receives"), table);
            assertTrue(table.contains("ByteDance ordered more than 100,000 H20 chips in January 2024."), table);
        }
    }

    @Test
    void theQuestionsPageOffersTheAnswerAsCsv(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(DevToolsBrowser.available(), "skipped: no Chromium at " + DevToolsBrowser.CHROMIUM);
        try (ServedStore served = ServedStore.start(dir);
             DevToolsBrowser browser = DevToolsBrowser.launch(Files.createDirectories(dir.resolve("chromium-profile")))) {
            browser.navigate(served.server.datasetUrl() + "/questions");
            browser.waitFor("the question forms", "document.querySelectorAll('section form').length > 0", Duration.ofSeconds(30));
            // what the CSV button submits, fetched by the page itself
            JsonValue csv = browser.eval("(async () => { const f = document.querySelector('#company-chips form');"
                    + " const u = new URL(f.action); new FormData(f).forEach((v, k) => u.searchParams.set(k, v)); u.searchParams.set('format', 'csv');"
                    + " const r = await fetch(u); return r.headers.get('content-type') + '\\n' + await r.text(); })()");
            String text = csv.getAsString().value();
            assertTrue(text.startsWith("text/csv"), text);
            assertTrue(text.contains("chip,relation,quantity,date,stance,source,evidence"), text);
            assertEquals(3, text.lines().filter(l -> l.startsWith("H20,")).count(), text);
        }
    }
}
