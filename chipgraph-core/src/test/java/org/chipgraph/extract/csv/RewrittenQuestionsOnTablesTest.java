package org.chipgraph.extract.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.chipgraph.query.QueryRunner;
import org.chipgraph.query.Question;
import org.chipgraph.query.QuestionLibrary;
import org.chipgraph.store.SummaryGraph;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The questions rewritten to read the summary graph answer as their earlier forms (chipgraph-cli's
 * src/test/resources/query/before-summary/) on the store of the test tables and news.trig, for every entity of the
 * parameter's class: the earlier form on the store without the summary graph, the new one on the store.
 */
class RewrittenQuestionsOnTablesTest {
    static final Path BEFORE = Path.of("chipgraph-cli/src/test/resources/query/before-summary");
    /** GROUP_CONCAT lists: SPARQL leaves the order of their items open. */
    static final Set<String> LISTS = Set.of("customers", "articles", "chips");

    @TempDir Path tmp;

    @Test
    void everyRewrittenQuestionAnswersAsBeforeOnTheTablesStore() throws IOException {
        try (TdbStore store = TestStores.full(tmp.resolve("db")); Stream<Path> files = Files.list(BEFORE)) {
            QueryRunner now = new QueryRunner(store.datasetGraph(), 60_000).page(0, 0).withIris(true);
            QueryRunner before = new QueryRunner(withoutSummary(store), 60_000).page(0, 0).withIris(true);
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString().replaceAll("\\.rq$", "");
                Question q = QuestionLibrary.load().get(name);
                Question old = QuestionLibrary.parse(name, f.toString(), Files.readString(f, StandardCharsets.UTF_8));
                for (Map<String, String> params : parameterSets(store, q)) {
                    assertEquals(normalised(before.rows(old, params)), normalised(now.rows(q, params)), name + " " + params);
                }
            }
        }
    }

    static DatasetGraph withoutSummary(TdbStore store) {
        DatasetGraph copy = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph();
        copy.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        List<Quad> quads = store.read(d -> {
            List<Quad> all = new ArrayList<>();
            d.find().forEachRemaining(q -> { if (!SummaryGraph.isSummary(q.getGraph())) all.add(q); });
            return all;
        });
        Txn.executeWrite(copy, () -> quads.forEach(copy::add));
        return copy;
    }

    static List<Map<String, String>> parameterSets(TdbStore store, Question q) {
        if (q.parameters().isEmpty()) return List.of(Map.of());
        Question.Parameter p = q.parameters().get(0);
        return store.read(d -> {
            TreeSet<String> s = new TreeSet<>();
            if (p.type().classIri() == null) { // any entity: every IRI a claim is about
                for (Node link : List.of(org.apache.jena.vocabulary.RDF.subject.asNode(), org.apache.jena.vocabulary.RDF.object.asNode()))
                    d.getUnionGraph().find(Node.ANY, link, Node.ANY).forEachRemaining(t -> { if (t.getObject().isURI()) s.add(t.getObject().getURI()); });
            } else {
                Node cls = NodeFactory.createURI(p.type().classIri());
                d.getUnionGraph().find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), cls).forEachRemaining(t -> s.add(t.getSubject().getURI()));
            }
            return s.stream().map(iri -> Map.of(p.name(), iri)).toList();
        });
    }

    static List<String> normalised(List<Map<String, String>> rows) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            Map<String, String> m = new TreeMap<>(r);
            m.replaceAll((k, v) -> LISTS.contains(k) ? String.join(", ", new TreeSet<>(List.of(v.split(", ")))) : v);
            out.add(m.toString());
        }
        out.sort(null);
        return out;
    }
}
