package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.GraphContent;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The facts question is answered a page at a time by document (its '# pages: by document' header): every page is
 * the same slice of rows as the whole question in its own order would give, and a write is seen by the next page.
 */
class FactsPagesTest {
    Path dir;
    TdbStore store;
    Question facts;

    @BeforeEach
    void samples() throws Exception {
        dir = Files.createTempDirectory("facts-pages");
        store = TdbStore.open(dir.resolve("db"));
        store.replaceGraphs(ReferenceData.load().graphs());
        DatasetGraph samples = RDFDataMgr.loadDatasetGraph(QuestionsOnSamplesTest.SAMPLES.toString());
        List<GraphContent> docs = new ArrayList<>();
        samples.listGraphNodes().forEachRemaining(g -> docs.add(new GraphContent(g.getURI(), samples.stream(g, null, null, null).toList())));
        store.replaceGraphs(docs);
        facts = QuestionLibrary.load().get("facts");
    }

    @AfterEach
    void close() {
        store.close();
        org.chipgraph.store.Dirs.deleteTree(dir);
    }

    private List<Binding> whole() {
        return Txn.calculateRead(store.datasetGraph(), () -> AnswerPage.select(store.datasetGraph(), plain(facts), BindingFactory.empty(), 0, 0, 0).rows());
    }

    private AnswerPage.Page page(long limit, long offset) {
        return Txn.calculateRead(store.datasetGraph(), () -> AnswerPage.select(store.datasetGraph(), facts, BindingFactory.empty(), limit, offset, 0));
    }

    /** The same question without its paging header: one query over the whole store, sorted by SPARQL. */
    private static Question plain(Question q) {
        return new Question(q.name(), q.title(), q.description(), q.parameters(), q.example(), q.origin(),
                q.sparql().replace("# pages: by document", "#"));
    }

    @Test
    void factsArePagedByDocument() {
        assertTrue(AnswerPage.byDocument(facts));
        assertFalse(AnswerPage.byDocument(plain(facts)));
    }

    @Test
    void everyPageIsTheSliceOfTheWholeAnswer() {
        List<Binding> all = whole();
        assertTrue(all.size() > 20, "the samples give facts to page through: " + all.size());
        for (int limit : new int[] {1, 7, 50}) {
            for (int offset : new int[] {0, 3, 19, all.size() - 2}) {
                AnswerPage.Page p = page(limit, offset);
                List<Binding> expected = all.subList(offset, Math.min(all.size(), offset + limit));
                assertEquals(expected, p.rows(), "limit " + limit + " offset " + offset);
                assertEquals(offset + limit < all.size(), p.more(), "more rows after limit " + limit + " offset " + offset);
            }
        }
    }

    @Test
    void pagesReadOneAfterAnotherAreTheWholeAnswer() {
        List<Binding> all = whole();
        List<Binding> paged = new ArrayList<>();
        AnswerPage.Page p;
        do {
            p = page(4, paged.size());
            paged.addAll(p.rows());
        } while (p.more());
        assertEquals(all, paged);
    }

    @Test
    void pagesReadBackwardsAfterLaterOnesAreTheSameSlices() {
        List<Binding> all = whole();
        for (int offset = all.size() - 3; offset >= 0; offset -= 5) {
            assertEquals(all.subList(offset, Math.min(all.size(), offset + 3)), page(3, offset).rows(), "offset " + offset);
        }
    }

    @Test
    void allRowsWithoutALimitAreTheWholeAnswer() {
        assertEquals(whole(), page(0, 0).rows());
    }

    @Test
    void aDocumentWrittenAfterAPageWasReadShowsOnTheNextPage() {
        int before = page(0, 0).rows().size();
        Node doc = NodeFactory.createURI("https://w3id.org/chipgraph/id/doc/aaa-first-by-name.txt");
        Node claim = NodeFactory.createURI("https://w3id.org/chipgraph/id/claim/aaa-1");
        String cg = "https://w3id.org/chipgraph/ontology#";
        Node nvidia = NodeFactory.createURI("https://w3id.org/chipgraph/id/company/nvidia");
        Node alibaba = NodeFactory.createURI("https://w3id.org/chipgraph/id/company/alibaba");
        List<Quad> quads = List.of(
                Quad.create(doc, doc, NodeFactory.createURI(cg + "fileName"), NodeFactory.createLiteralString("aaa-first-by-name.txt")),
                Quad.create(doc, nvidia, NodeFactory.createURI(cg + "supplies"), alibaba),
                Quad.create(doc, claim, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NodeFactory.createURI(cg + "Claim")),
                Quad.create(doc, claim, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"), nvidia),
                Quad.create(doc, claim, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"), NodeFactory.createURI(cg + "supplies")),
                Quad.create(doc, claim, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#object"), alibaba),
                Quad.create(doc, claim, NodeFactory.createURI(cg + "confidence"), NodeFactory.createLiteralDT("0.9", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)),
                Quad.create(doc, claim, NodeFactory.createURI(cg + "stance"), NodeFactory.createURI(cg + "Asserted")));
        store.replaceGraphs(List.of(new GraphContent(doc.getURI(), quads)));
        AnswerPage.Page first = page(1, 0);
        assertEquals("aaa-first-by-name.txt", first.rows().get(0).get("doc").getLiteralLexicalForm(), first.rows().toString());
        assertEquals(before + 1, page(0, 0).rows().size());
    }
}
