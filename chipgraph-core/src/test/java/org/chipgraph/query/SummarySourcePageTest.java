package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * entity-sources over {@code cgf:sourcePage} (labelled and ordered in Java) gives the rows its earlier text gave
 * (query/entity-sources-labelled-by-sparql.rq: the same stored rows labelled by cgf:labels and cgf:label, BINDs and
 * ARQ's sort), in the same order, whole and page by page, for every entity a claim is about: on the source-rows
 * fixture (a literal object, a claim about an entity and itself, rows alike, two labels, none, a stance labelled in
 * two languages). SummaryRewriteTest does the same on the samples' store (the exposure fixture's claims have no
 * confidence, so no rows).
 */
public class SummarySourcePageTest {
    static final Question NOW = QuestionLibrary.load().get("entity-sources");
    static final Question BEFORE = earlierText();
    static final int PAGE = 2;

    @TempDir Path tmp;

    static Question earlierText() {
        try (InputStream in = SummarySourcePageTest.class.getResourceAsStream("/query/entity-sources-labelled-by-sparql.rq")) {
            return QuestionLibrary.parse("entity-sources", "entity-sources-labelled-by-sparql.rq", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static TdbStore loaded(Path db, String resource) throws IOException {
        TdbStore store = TdbStore.open(db);
        try (InputStream in = SummarySourcePageTest.class.getResourceAsStream(resource)) {
            Txn.executeWrite(store.datasetGraph(), () -> {
                RDFDataMgr.read(store.datasetGraph(), in, Lang.TRIG);
                // the ontology's labels (the stances' among them), as a store gets them at its first ingest
                ReferenceData.load().graphs().get(0).quads().forEach(store.datasetGraph()::add);
            });
        }
        store.rebuildSummary();
        return store;
    }

    /** Every IRI a claim is about. */
    static TreeSet<String> entities(TdbStore store) {
        return store.read(d -> {
            TreeSet<String> s = new TreeSet<>();
            for (Node link : List.of(RDF.subject.asNode(), RDF.object.asNode()))
                d.getUnionGraph().find(Node.ANY, link, Node.ANY).forEachRemaining(t -> { if (t.getObject().isURI()) s.add(t.getObject().getURI()); });
            return s;
        });
    }

    /** Both texts, whole and in pages of 2, in order; returns the number of rows compared. */
    public static int assertSameRowsInOrder(TdbStore store) {
        int rows = 0;
        for (String e : entities(store)) {
            Map<String, String> p = Map.of("entity", e);
            for (boolean iris : List.of(true, false)) {
                QueryRunner whole = new QueryRunner(store.datasetGraph(), 60_000).page(0, 0).withIris(iris);
                List<Map<String, String>> before = whole.rows(BEFORE, p);
                assertEquals(before, whole.rows(NOW, p), e);
                for (int offset = 0; offset < before.size(); offset += PAGE) {
                    QueryRunner page = new QueryRunner(store.datasetGraph(), 60_000).page(PAGE, offset).withIris(iris);
                    assertEquals(page.rows(BEFORE, p), page.rows(NOW, p), e + " from row " + offset);
                }
                rows += before.size();
            }
        }
        return rows;
    }

    @Test
    void theRowsComeInTheEarlierTextsOrderOnTheSourceRowsFixture() throws IOException {
        try (TdbStore store = loaded(tmp.resolve("db"), "/store/source-rows.trig")) {
            assertTrue(assertSameRowsInOrder(store) > 0);
        }
    }
}
