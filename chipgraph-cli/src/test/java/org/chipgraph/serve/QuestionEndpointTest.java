package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questions of queries/ by name over HTTP, parameters bound as RDF terms. */
@Tag("integration")
class QuestionEndpointTest {
    @TempDir static Path dir;
    static ServedStore served;

    @BeforeAll
    static void start() { served = ServedStore.start(dir); }

    @AfterAll
    static void stop() { served.close(); }

    @Test
    void theListNamesEveryQuestionWithTitleDescriptionAndParameters() {
        HttpResponse<String> r = served.get("chipgraph/questions", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray all = JSON.parseAny(r.body()).getAsArray();
        JsonObject whoSupplies = all.stream().map(v -> v.getAsObject())
                .filter(o -> o.get("name").getAsString().value().equals("who-supplies")).findFirst().orElseThrow();
        assertEquals("Who supplies a company, with which chips?", whoSupplies.get("title").getAsString().value());
        assertTrue(!whoSupplies.get("description").getAsString().value().isEmpty());
        JsonObject param = whoSupplies.get("parameters").getAsArray().get(0).getAsObject();
        assertEquals("company", param.get("name").getAsString().value());
        assertEquals("company", param.get("type").getAsString().value());
    }

    @Test
    void aQuestionRunsWithItsParameterGivenByName() {
        HttpResponse<String> r = served.get("chipgraph/questions/who-supplies?company=ByteDance", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("supplier,chips,sources,source,evidence\r\nNVIDIA,H20,1,news-a.txt,NVIDIA supplies ByteDance with H20 chips.\r\n", r.body());
    }

    @Test
    void aQuestionRunsWithItsParameterGivenAsAnIri() {
        HttpResponse<String> r = served.get("chipgraph/questions/who-supplies?company=" + ServedStore.enc("https://w3id.org/chipgraph/id/company/nvidia"), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("TSMC,"), r.body());
    }

    @Test
    void entitiesAreAnsweredAsLabelsUnlessIrisAreAskedFor() {
        String labels = served.get("chipgraph/questions/supply-network", "text/csv").body();
        String iris = served.get("chipgraph/questions/supply-network?iris=true", "text/csv").body();
        assertTrue(labels.contains("NVIDIA") && !labels.contains("https://w3id.org/chipgraph/id/company/"), labels);
        assertTrue(iris.contains("https://w3id.org/chipgraph/id/company/nvidia") || iris.contains("NVIDIA"), iris);
    }

    @Test
    void questionAnswersAreNegotiatedLikeSparqlResults() {
        String path = "chipgraph/questions/supply-network";
        assertTrue(served.get(path, "application/sparql-results+json").body().contains("\"vars\""));
        assertTrue(served.get(path, "application/sparql-results+xml").body().contains("<sparql"));
        assertTrue(served.get(path, "text/tab-separated-values").body().startsWith("?supplier\t?customer"));
        assertTrue(served.get(path, null).headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertEquals(406, served.get(path, "image/png").statusCode());
    }

    @Test
    void anUnknownQuestionIs404() {
        HttpResponse<String> r = served.get("chipgraph/questions/no-such-question", null);
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("no question named 'no-such-question'"), r.body());
    }

    @Test
    void anUnknownParameterIs400WithTheExpectedNames() {
        HttpResponse<String> r = served.get("chipgraph/questions/who-supplies?customer=ByteDance", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("unknown parameter 'customer', expected company"), r.body());
    }

    @Test
    void aValueThatNamesNoEntityIs400() {
        HttpResponse<String> r = served.get("chipgraph/questions/who-supplies?company=Nobody%20Inc", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("nothing is named 'Nobody Inc'"), r.body());
    }

    @Test
    void aSparqlInjectionInAParameterIsRejectedAndTheStoreIsUnchanged() {
        long before = served.store.quadCount();
        for (String attack : new String[] {"\"> } ; DROP ALL ; #", "http://x/> } ; DROP ALL ; #", "ByteDance\" } } DROP ALL #"}) {
            HttpResponse<String> r = served.get("chipgraph/questions/who-supplies?company=" + ServedStore.enc(attack), "text/csv");
            assertEquals(400, r.statusCode(), attack + " -> " + r.body());
        }
        assertEquals(before, served.store.quadCount());
        assertEquals(200, served.get("chipgraph/questions/who-supplies?company=ByteDance", null).statusCode());
    }

    @Test
    void questionsAreReadOnly() {
        var r = served.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(served.url("chipgraph/questions/who-supplies")))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("company=ByteDance"))
                .header("Content-Type", "application/x-www-form-urlencoded").build());
        assertEquals(405, r.statusCode());
    }

    @Test
    void aMissingParameterIs400NamingIt() {
        HttpResponse<String> r = served.get("chipgraph/questions/who-supplies", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("parameter 'company' is missing"), r.body());
    }

    @Test
    void anEntityOfTheWrongClassIs400SayingWhatItIs() {
        HttpResponse<String> r = served.get("chipgraph/questions/who-supplies?company=H20", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("H20 is a chip, not a company"), r.body());
    }

    @Test
    void aMisspeltQuestionSuggestsTheNearest() {
        HttpResponse<String> r = served.get("chipgraph/questions/who-suplies", null);
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("did you mean who-supplies"), r.body());
    }

    @Test
    void aPageIsAskedWithLimitAndOffsetAndSaysWhenMoreRowsFollow() {
        String all = served.get("chipgraph/questions/supply-network?limit=0", "text/csv").body();
        long rows = all.lines().count() - 1;
        assertTrue(rows >= 2, all);
        HttpResponse<String> first = served.get("chipgraph/questions/supply-network?limit=1", "text/csv");
        assertEquals(2, first.body().lines().count(), first.body());
        assertEquals("true", first.headers().firstValue("Chipgraph-More-Rows").orElse(""));
        HttpResponse<String> second = served.get("chipgraph/questions/supply-network?limit=1&offset=1", "text/csv");
        assertEquals(all.lines().skip(2).findFirst().orElseThrow(), second.body().lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void searchFindsAnEntityByAnAliasAsJson() {
        HttpResponse<String> r = served.get("chipgraph/search?q=" + ServedStore.enc("nvidia"), null);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject first = JSON.parseAny(r.body()).getAsArray().get(0).getAsObject();
        assertEquals("NVIDIA", first.get("name").getAsString().value());
        assertEquals("company", first.get("class").getAsString().value());
        assertEquals("https://w3id.org/chipgraph/id/company/nvidia", first.get("iri").getAsString().value());
    }

    @Test
    void searchWithoutTextIs400() {
        assertEquals(400, served.get("chipgraph/search", null).statusCode());
    }

    @Test
    void aBrowserGetsAFormPerQuestionWithDownloadLinks() {
        HttpResponse<String> r = served.get("chipgraph/questions", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("action=\"/chipgraph/questions/who-supplies\"") && r.body().contains("name=\"company\" value=\"ByteDance\"")
                && r.body().contains("value=\"csv\"") && r.body().contains("value=\"json\""), r.body());
    }

    @Test
    void aBrowserGetsAnAnswerAsATableAndADownloadAsCsv() {
        HttpResponse<String> page = served.get("chipgraph/questions/who-supplies?company=ByteDance", "text/html");
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<td>NVIDIA</td>"), page.body());
        HttpResponse<String> csv = served.get("chipgraph/questions/who-supplies?company=ByteDance&format=csv", "text/html");
        assertTrue(csv.body().startsWith("supplier,chips"), csv.body());
    }
}
