package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.GraphContent;
import org.chipgraph.store.SummaryGraph;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A question run from its prepared algebra (compiled once, parameters substituted per request) answers the rows
 * the same question gives with its parameters substituted in its text, for every entity of the parameter's class,
 * on the samples store (query/samples.trig), however the questions and entities alternate.
 */
class PreparedQueriesTest {
    static Path dir;
    static TdbStore store;
    static QuestionLibrary library;

    @BeforeAll
    static void ingestSamples() throws Exception {
        dir = Files.createTempDirectory("prepared");
        store = TdbStore.open(dir.resolve("db"));
        store.replaceGraphs(ReferenceData.load().graphs());
        DatasetGraph samples = RDFDataMgr.loadDatasetGraph(QuestionsOnSamplesTest.SAMPLES.toString());
        List<GraphContent> docs = new ArrayList<>();
        samples.listGraphNodes().forEachRemaining(g -> docs.add(new GraphContent(g.getURI(), samples.stream(g, null, null, null).toList())));
        store.replaceGraphs(docs);
        library = QuestionLibrary.load();
    }

    @AfterAll
    static void close() {
        store.close();
        org.chipgraph.store.Dirs.deleteTree(dir);
    }

    /** The SELECT questions with exactly one parameter, an entity. */
    static List<Question> entityQuestions() {
        return library.all().stream().filter(q -> q.parameters().size() == 1 && q.parameters().get(0).type().isEntity()
                && ParsedQueries.of(q.sparql()).isSelectType()).toList();
    }

    /** The entities of the parameter's class in the summary graph (companies and chips for any entity). */
    static List<Node> entitiesOf(ParamType type, DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        List<ParamType> classes = type.classIri() == null ? List.of(ParamType.COMPANY, ParamType.CHIP) : List.of(type);
        for (ParamType t : classes) {
            Node cls = NodeFactory.createURI(t.classIri());
            dsg.find(SummaryGraph.NODE, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), cls).forEachRemaining(q -> out.add(q.getSubject()));
        }
        return out;
    }

    static Map<Map<Var, Node>, Integer> multiset(List<Var> vars, List<Binding> rows) {
        Map<Map<Var, Node>, Integer> m = new HashMap<>();
        for (Binding b : rows) {
            Map<Var, Node> row = new HashMap<>();
            for (Var v : vars) if (b.get(v) != null) row.put(v, b.get(v));
            m.merge(row, 1, Integer::sum);
        }
        return m;
    }

    static List<Binding> bySyntax(DatasetGraph dsg, Question q, Binding params) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(ParsedQueries.of(q.sparql())).substitution(params).build()) {
            exec.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void everyEntityQuestionAnswersTheRowsOfItsTextWithTheParameterSubstituted() {
        DatasetGraph dsg = store.datasetGraph();
        PreparedQueries.clear();
        int compared = 0, nonEmpty = 0;
        // Entity by entity across all questions, so each question's prepared algebra is reused with other parameters.
        List<Question> questions = entityQuestions();
        assertTrue(questions.size() >= 8, "the library's entity questions: " + questions);
        for (int round = 0; round < 2; round++) {
            for (Question q : questions) {
                Question.Parameter p = q.parameters().get(0);
                List<Node> entities = Txn.calculateRead(dsg, () -> entitiesOf(p.type(), dsg));
                for (Node e : entities) {
                    Binding params = BindingFactory.binding(Var.alloc(p.name()), e);
                    int[] sizes = Txn.calculateRead(dsg, () -> {
                        AnswerPage.Page page = AnswerPage.select(dsg, q, params, 0, 0, 30_000);
                        List<Binding> expected = bySyntax(dsg, q, params);
                        assertEquals(multiset(page.vars(), expected), multiset(page.vars(), page.rows()), q.name() + " for " + e);
                        return new int[] {page.rows().size()};
                    });
                    compared++;
                    if (sizes[0] > 0) nonEmpty++;
                }
            }
        }
        assertTrue(nonEmpty > 20, "answers with rows among " + compared + ": " + nonEmpty);
    }

    @Test
    void aQuestionIsCompiledOncePerPageWhateverItsParameters() {
        DatasetGraph dsg = store.datasetGraph();
        Question q = library.get("company-chips");
        PreparedQueries.clear();
        Txn.executeRead(dsg, () -> {
            for (String c : List.of("alibaba", "bytedance", "tencent", "alibaba")) {
                AnswerPage.select(dsg, q, BindingFactory.binding(Var.alloc("company"), NodeFactory.createURI("https://w3id.org/chipgraph/id/company/" + c)), 1000, 0, 30_000);
            }
            assertEquals(1, PreparedQueries.size());
            AnswerPage.select(dsg, q, BindingFactory.binding(Var.alloc("company"), NodeFactory.createURI("https://w3id.org/chipgraph/id/company/alibaba")), 10, 0, 30_000);
            assertEquals(2, PreparedQueries.size(), "another page size is another plan");
        });
    }

    @Test
    void requestsRunningAtOnceWithDifferentParametersEachGetTheirOwnAnswer() throws Exception {
        DatasetGraph dsg = store.datasetGraph();
        Question q = library.get("who-supplies");
        List<Binding> companies = Txn.calculateRead(dsg, () -> entitiesOf(ParamType.COMPANY, dsg)).stream()
                .map(c -> BindingFactory.binding(Var.alloc("company"), c)).toList();
        Map<Binding, Map<Map<Var, Node>, Integer>> expected = new HashMap<>();
        Txn.executeRead(dsg, () -> companies.forEach(b -> {
            AnswerPage.Page page = AnswerPage.select(dsg, q, b, 0, 0, 30_000);
            expected.put(b, multiset(page.vars(), bySyntax(dsg, q, b)));
        }));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int shift = i;
                runs.add(pool.submit(() -> {
                    for (int k = 0; k < 10; k++) {
                        for (int j = 0; j < companies.size(); j++) {
                            Binding b = companies.get((j + shift) % companies.size());
                            Txn.executeRead(dsg, () -> {
                                AnswerPage.Page page = AnswerPage.select(dsg, q, b, 0, 0, 30_000);
                                assertEquals(expected.get(b), multiset(page.vars(), page.rows()), b.toString());
                            });
                        }
                    }
                }));
            }
            for (var r : runs) r.get();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPageOfAPreparedQuestionIsThePageOfItsWholeAnswer() {
        DatasetGraph dsg = store.datasetGraph();
        Question q = library.get("company-chips");
        Binding params = BindingFactory.binding(Var.alloc("company"), NodeFactory.createURI("https://w3id.org/chipgraph/id/company/alibaba"));
        Txn.executeRead(dsg, () -> {
            List<Binding> all = AnswerPage.select(dsg, q, params, 0, 0, 30_000).rows();
            assertTrue(all.size() >= 3, all.toString());
            AnswerPage.Page second = AnswerPage.select(dsg, q, params, 2, 1, 30_000);
            assertEquals(all.subList(1, 3), second.rows());
            assertTrue(second.more() == all.size() > 3);
        });
    }

    @Test
    void aStoreThatIsNotTdbBindsTheParametersInTheText() {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI("https://example.org/g");
        Node a = NodeFactory.createURI("https://example.org/a");
        Node p = NodeFactory.createURI("https://example.org/p");
        Txn.executeWrite(mem, () -> {
            mem.add(g, a, p, NodeFactory.createLiteralString("one"));
            mem.add(g, NodeFactory.createURI("https://example.org/b"), p, NodeFactory.createLiteralString("two"));
        });
        Query query = ParsedQueries.of("SELECT ?o WHERE { GRAPH ?g { ?s <https://example.org/p> ?o } }");
        Txn.executeRead(mem, () -> {
            List<Binding> rows = new ArrayList<>();
            try (QueryExec exec = PreparedQueries.exec(mem, query, "mem-test", BindingFactory.binding(Var.alloc("s"), a)).build()) {
                exec.select().forEachRemaining(rows::add);
            }
            assertEquals(1, rows.size(), rows.toString());
            assertEquals("one", rows.get(0).get(Var.alloc("o")).getLiteralLexicalForm());
        });
    }
}
