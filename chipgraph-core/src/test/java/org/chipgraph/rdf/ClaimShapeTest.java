package org.chipgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.extract.csv.CsvIngest;
import org.chipgraph.source.Article;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sentence and a table row that state the same fact give claim nodes of one shape (both built by ClaimNode). */
class ClaimShapeTest {
    static final Path DIR = Path.of("chipgraph-core/src/test/resources/rdf");
    static final Node SUPPLIES = CG.term("supplies");
    static final Node NVIDIA = CG.id("company/nvidia");
    static final Node MICROSOFT = CG.id("company/microsoft");
    /** What every claim carries, whatever its source. */
    static final List<Node> COMMON = List.of(CG.type, CG.rdfSubject, CG.rdfPredicate, CG.rdfObject, CG.wasDerivedFrom,
            CG.stance, CG.extractor, CG.extractorVersion, CG.confidence);

    @Test
    void aSentenceAndATableRowWithTheSameFactGiveClaimsOfTheSameShape(@TempDir Path tmp) {
        Map<Node, Set<Node>> news = claimOf(newsGraph());
        Map<Node, Set<Node>> table = claimOf(tableGraph(tmp));
        for (Node p : COMMON) {
            assertEquals(1, news.getOrDefault(p, Set.of()).size(), "news claim lacks " + p + ": " + news);
            assertEquals(1, table.getOrDefault(p, Set.of()).size(), "table claim lacks " + p + ": " + table);
        }
        for (Node p : List.of(CG.type, CG.rdfSubject, CG.rdfPredicate, CG.rdfObject, CG.stance)) {
            assertEquals(news.get(p), table.get(p), "the claims differ in " + p);
        }
        // Each says where in its source it was found: the sentence and its offsets, or the row and its mapping.
        assertTrue(news.keySet().containsAll(List.of(CG.sentence, CG.charStart, CG.charEnd)), news.toString());
        assertTrue(table.keySet().containsAll(List.of(CG.row, CG.mapping)), table.toString());
    }

    /** The one claim of "Nvidia supplies Microsoft" in {@code g}: its predicates and their values. */
    static Map<Node, Set<Node>> claimOf(Graph g) {
        List<Node> claims = g.find(Node.ANY, CG.rdfPredicate, SUPPLIES).mapWith(Triple::getSubject)
                .filterKeep(c -> g.contains(c, CG.rdfSubject, NVIDIA) && g.contains(c, CG.rdfObject, MICROSOFT)).toList();
        assertEquals(1, claims.size(), "claims of Nvidia supplies Microsoft: " + claims);
        Map<Node, Set<Node>> shape = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        g.find(claims.get(0), Node.ANY, Node.ANY).forEachRemaining(t ->
                shape.computeIfAbsent(t.getPredicate(), k -> new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()))).add(t.getObject()));
        return shape;
    }

    static Graph newsGraph() {
        Article a = new ArticleReader(new LanguageDetector(), null).read(DIR.resolve("nvidia-microsoft.txt"));
        NewsExtractor extractor = new NewsExtractor(ReferenceData.load());
        DatasetGraph ds = DatasetGraphFactory.create();
        DocumentGraph.of(a, extractor.extract(a, Iris.document(a.name()))).forEach(ds::add);
        return ds.getUnionGraph();
    }

    static Graph tableGraph(Path tmp) {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            store.replaceGraphs(ReferenceData.load().graphs());
            CsvIngest.standard().ingest(store, DIR.resolve("nvidia-microsoft.csv"), Optional.empty(), false, null);
            return Txn.calculateRead(store.datasetGraph(), () -> {
                Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                store.datasetGraph().getUnionGraph().find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }
}
