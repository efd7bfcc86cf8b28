package org.chipgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint answers SPARQL over the union of the document graphs, in the format the client asks for. */
@Tag("integration")
class SparqlEndpointTest {
    @TempDir static Path dir;
    static ServedStore served;

    static final String SUPPLIERS = """
            PREFIX cg: <https://w3id.org/chipgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?supplier ?customer WHERE { ?s cg:supplies ?c . ?s rdfs:label ?supplier . ?c rdfs:label ?customer }
            ORDER BY ?supplier""";
    static final String CONSTRUCT = """
            PREFIX cg: <https://w3id.org/chipgraph/ontology#>
            CONSTRUCT { ?s cg:supplies ?c } WHERE { ?s cg:supplies ?c }""";

    @BeforeAll
    static void start() { served = ServedStore.start(dir); }

    @AfterAll
    static void stop() { served.close(); }

    @Test
    void selectOverTheUnionOfDocumentGraphsAnswersWithRowsFromEveryDocument() {
        HttpResponse<String> r = served.query(SUPPLIERS, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        StringBuilder rows = new StringBuilder();
        rs.forEachRemaining(row -> rows.append(row.getLiteral("supplier").getString()).append(">").append(row.getLiteral("customer").getString()).append(";"));
        assertEquals("NVIDIA>ByteDance;TSMC>NVIDIA;", rows.toString());
    }

    @Test
    void queryByPostWithAFormBodyAnswersLikeGet() {
        HttpResponse<String> r = served.send(HttpRequest.newBuilder(URI.create(served.url("chipgraph")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + ServedStore.enc(SUPPLIERS))).build());
        assertEquals(200, r.statusCode());
        assertEquals("supplier,customer\r\nNVIDIA,ByteDance\r\nTSMC,NVIDIA\r\n", r.body());
    }

    @Test
    void queryByPostWithASparqlBodyAnswersLikeGet() {
        HttpResponse<String> r = served.send(HttpRequest.newBuilder(URI.create(served.url("chipgraph/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString(SUPPLIERS)).build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("?supplier\t?customer\n"), r.body());
        assertTrue(r.body().contains("\"TSMC\"@en\t\"NVIDIA\"@en"), r.body());
    }

    @Test
    void selectResultsComeAsSparqlXmlWhenAskedFor() {
        HttpResponse<String> r = served.query(SUPPLIERS, "application/sparql-results+xml");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/sparql-results+xml"), contentType(r));
        assertTrue(r.body().contains("<literal xml:lang=\"en\">TSMC</literal>"), r.body());
    }

    @Test
    void selectResultsComeAsCsvWhenAskedFor() {
        HttpResponse<String> r = served.query(SUPPLIERS, "text/csv");
        assertTrue(contentType(r).startsWith("text/csv"), contentType(r));
        assertEquals("supplier,customer\r\nNVIDIA,ByteDance\r\nTSMC,NVIDIA\r\n", r.body());
    }

    @Test
    void selectResultsComeAsTsvWhenAskedFor() {
        HttpResponse<String> r = served.query(SUPPLIERS, "text/tab-separated-values");
        assertTrue(contentType(r).startsWith("text/tab-separated-values"), contentType(r));
        assertEquals(3, r.body().strip().split("\n").length);
    }

    @Test
    void constructResultsComeAsTurtleWhenAskedFor() {
        HttpResponse<String> r = served.query(CONSTRUCT, "text/turtle");
        assertTrue(contentType(r).startsWith("text/turtle"), contentType(r));
        assertEquals(2, parse(r.body(), Lang.TURTLE).size());
    }

    @Test
    void constructResultsComeAsJsonLdWhenAskedFor() {
        HttpResponse<String> r = served.query(CONSTRUCT, "application/ld+json");
        assertTrue(contentType(r).startsWith("application/ld+json"), contentType(r));
        assertEquals(2, parse(r.body(), Lang.JSONLD).size());
    }

    @Test
    void describeResultsComeAsTurtleWhenAskedFor() {
        HttpResponse<String> r = served.query("DESCRIBE <https://w3id.org/chipgraph/id/company/tsmc>", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(parse(r.body(), Lang.TURTLE).size() >= 2, r.body());
    }

    @Test
    void aSyntaxErrorIs400WithTheParsersMessage() {
        HttpResponse<String> r = served.query("SELECT ?x WHERE { ?x ?y }", "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error") || r.body().contains("Encountered"), r.body());
        assertTrue(r.body().contains("line 1"), r.body());
    }

    @Test
    void theGraphStoreProtocolReadsOneDocumentsGraph() {
        HttpResponse<String> r = served.get("chipgraph/get?graph=" + ServedStore.enc("https://w3id.org/chipgraph/id/doc/news-b.txt"), "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        assertTrue(g.size() > 10 && r.body().contains("TSMC manufactures chips for NVIDIA."), r.body());
        assertTrue(!r.body().contains("NVIDIA supplies ByteDance"), "only news-b's triples");
    }

    @Test
    void theGraphStoreProtocolOnTheDatasetUrlReadsTooAndAnUnknownGraphIs404() {
        assertEquals(200, served.get("chipgraph?graph=" + ServedStore.enc("https://w3id.org/chipgraph/id/doc/news-a.txt"), "text/turtle").statusCode());
        assertEquals(404, served.get("chipgraph/get?graph=" + ServedStore.enc("https://example.org/no-such-graph"), "text/turtle").statusCode());
    }

    @Test
    void theWebUiIsServedAtTheRoot() {
        HttpResponse<String> r = served.get("", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Apache Jena Fuseki UI"), r.body());
        assertTrue(served.get("$/datasets", "application/json").body().contains("/chipgraph"));
    }

    static String contentType(HttpResponse<?> r) { return r.headers().firstValue("Content-Type").orElse(""); }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }
}
