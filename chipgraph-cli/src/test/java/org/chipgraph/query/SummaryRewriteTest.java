package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.chipgraph.cli.Cli;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The questions rewritten to read the summary graph give the same rows as their earlier forms (kept in
 * chipgraph-cli/src/test/resources/query/before-summary/), for every entity of the parameter's class, on the store of the
 * project's samples (articles and tables) and on the exposure fixture.
 */
@org.junit.jupiter.api.Tag("integration")
class SummaryRewriteTest {
    static final Path BEFORE = Path.of("chipgraph-cli/src/test/resources/query/before-summary");
    static final Path EXPOSURE = Path.of("chipgraph-core/src/test/resources/query/exposure.trig");

    @TempDir static Path tmp;
    static TdbStore samples;
    static TdbStore exposure;

    @BeforeAll
    static void stores() throws IOException {
        Cli r = Cli.run("ingest", "--db", tmp.resolve("samples").toString(), "samples", "samples-tables");
        assertEquals(0, r.exit(), r.err());
        samples = TdbStore.openExisting(tmp.resolve("samples"));
        exposure = TdbStore.open(tmp.resolve("exposure"));
        try (InputStream in = Files.newInputStream(EXPOSURE)) {
            Txn.executeWrite(exposure.datasetGraph(), () -> {
                RDFDataMgr.read(exposure.datasetGraph(), in, Lang.TRIG);
                ReferenceData.load().graphs().get(0).quads().forEach(exposure.datasetGraph()::add);
            });
        }
        exposure.rebuildSummary();
    }

    @AfterAll
    static void close() {
        samples.close();
        exposure.close();
    }

    static List<String> rewritten() throws IOException {
        try (Stream<Path> s = Files.list(BEFORE)) {
            return s.map(p -> p.getFileName().toString().replaceAll("\\.rq$", "")).sorted().toList();
        }
    }

    /** The old and the new form of each rewritten question, asked of every entity its parameter admits. */
    static void sameAnswers(TdbStore store, String name) throws IOException {
        Question now = QuestionLibrary.load().get(name);
        Question before = QuestionLibrary.parse(name, BEFORE.resolve(name + ".rq").toString(),
                Files.readString(BEFORE.resolve(name + ".rq"), StandardCharsets.UTF_8));
        QueryRunner runner = new QueryRunner(store.datasetGraph(), 60_000).page(0, 0).withIris(true);
        QueryRunner withoutSummary = new QueryRunner(withoutSummary(store), 60_000).page(0, 0).withIris(true);
        for (Map<String, String> params : parameterSets(store, now)) {
            var old = withoutSummary.rows(before, params);
            var fresh = runner.rows(now, params);
            assertEquals(sorted(old), sorted(fresh), name + " " + params);
        }
    }

    /** The store as the earlier forms knew it: every graph but the summary (in memory, union default graph as the store has it). */
    static org.apache.jena.sparql.core.DatasetGraph withoutSummary(TdbStore store) {
        var copy = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph();
        copy.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        var quads = store.read(d -> {
            List<org.apache.jena.sparql.core.Quad> all = new ArrayList<>();
            d.find().forEachRemaining(q -> { if (!org.chipgraph.store.SummaryGraph.isSummary(q.getGraph())) all.add(q); });
            return all;
        });
        Txn.executeWrite(copy, () -> quads.forEach(copy::add));
        return copy;
    }

    /** Columns that are GROUP_CONCAT lists: SPARQL leaves the order of their items open, so they compare as sorted items. */
    static final Set<String> LISTS = Set.of("customers", "articles", "chips", "sources");

    static List<String> sorted(List<Map<String, String>> rows) {
        List<String> out = new ArrayList<>(rows.stream().map(SummaryRewriteTest::normalised).toList());
        java.util.Collections.sort(out);
        return out;
    }

    static String normalised(Map<String, String> row) {
        Map<String, String> m = new java.util.TreeMap<>(row);
        m.replaceAll((k, v) -> LISTS.contains(k) ? String.join(", ", new TreeSet<>(List.of(v.split(", ")))) : v);
        return m.toString();
    }

    /** No parameter: one run; an entity parameter: one run per entity of its class (for any entity: every entity a claim is about). */
    static List<Map<String, String>> parameterSets(TdbStore store, Question q) {
        if (q.parameters().isEmpty()) return List.of(Map.of());
        assertEquals(1, q.parameters().size(), "one parameter expected in " + q.name());
        Question.Parameter p = q.parameters().get(0);
        TreeSet<String> iris = store.read(d -> {
            TreeSet<String> s = new TreeSet<>();
            if (p.type().classIri() == null) { // any entity: every IRI a claim is about
                for (Node link : List.of(org.apache.jena.vocabulary.RDF.subject.asNode(), org.apache.jena.vocabulary.RDF.object.asNode()))
                    d.getUnionGraph().find(Node.ANY, link, Node.ANY).forEachRemaining(t -> { if (t.getObject().isURI()) s.add(t.getObject().getURI()); });
                return s;
            }
            Node cls = NodeFactory.createURI(p.type().classIri());
            d.getUnionGraph().find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), cls).forEachRemaining(t -> s.add(t.getSubject().getURI()));
            return s;
        });
        assertFalse(iris.isEmpty(), "no " + p.type().noun + " in the store");
        return iris.stream().map(iri -> Map.of(p.name(), iri)).toList();
    }

    @Test
    void everyRewrittenQuestionAnswersAsBeforeOnTheSamples() throws IOException {
        for (String name : rewritten()) sameAnswers(samples, name);
    }

    @Test
    void everyRewrittenQuestionAnswersAsBeforeOnTheExposureFixture() throws IOException {
        for (String name : rewritten()) sameAnswers(exposure, name);
    }

    /** entity-sources' text before cgf:sourcePage: the same stored rows, labelled and sorted by SPARQL. */
    static final Path SOURCES_LABELLED_BY_SPARQL = Path.of("chipgraph-core/src/test/resources/query/entity-sources-labelled-by-sparql.rq");

    @Test
    void entitySourcesGivesTheRowsOfItsEarlierTextInTheSameOrderOnTheSamples() throws IOException {
        Question now = QuestionLibrary.load().get("entity-sources");
        Question before = QuestionLibrary.parse("entity-sources", SOURCES_LABELLED_BY_SPARQL.toString(),
                Files.readString(SOURCES_LABELLED_BY_SPARQL, StandardCharsets.UTF_8));
        long rows = 0;
        for (Map<String, String> params : parameterSets(samples, now)) {
            QueryRunner whole = new QueryRunner(samples.datasetGraph(), 60_000).page(0, 0);
            var old = whole.rows(before, params);
            assertEquals(old, whole.rows(now, params), params.toString());
            for (int offset = 0; offset < old.size(); offset += 7) {
                QueryRunner page = new QueryRunner(samples.datasetGraph(), 60_000).page(7, offset);
                assertEquals(page.rows(before, params), page.rows(now, params), params + " from row " + offset);
            }
            rows += old.size();
        }
        assertTrue(rows > 0, "no rows to compare");
    }

    @Test
    void theSamplesGiveTheRewrittenQuestionsRowsToCompare() throws IOException {
        // the comparison means something only where the old forms answer rows
        QueryRunner runner = new QueryRunner(samples.datasetGraph(), 60_000).page(0, 0);
        for (String name : rewritten()) {
            Question q = QuestionLibrary.load().get(name);
            long rows = parameterSets(samples, q).stream().mapToLong(p -> runner.rows(q, p).size()).sum();
            assertTrue(rows > 0, name + " answers no rows on the samples");
        }
    }
}
