package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graph that held a decimal written without its canonical ".0" ("810000000"^^xsd:decimal, the way a money amount
 * or a user's N-Quads file may spell it) is replaced or removed whole: nothing of the old graph stays behind.
 */
class DecimalReplacementTest {
    @TempDir Path tmp;

    static final String G = "urn:g:a";

    static Quad amount(String lexical) {
        return new Quad(NodeFactory.createURI(G), NodeFactory.createURI("urn:claim:1"), NodeFactory.createURI("urn:amount"),
                NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal));
    }

    static Quad label(String text) {
        return new Quad(NodeFactory.createURI(G), NodeFactory.createURI("urn:claim:2"), NodeFactory.createURI("urn:label"),
                NodeFactory.createLiteralString(text));
    }

    @Test
    void aReplacedGraphKeepsNoneOfItsIntegralDecimals() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            s.replaceGraphs(List.of(new GraphContent(G, List.of(amount("810000000"), amount("-5"), amount("1.10")))));
            s.replaceGraphs(List.of(new GraphContent(G, List.of(label("edition 2")))));
            assertEquals(1, s.quadCount(G));
        }
    }

    @Test
    void aGraphGivenTwiceInOneBatchKeepsNoneOfItsIntegralDecimals() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            s.replaceGraphs(List.of(new GraphContent(G, List.of(amount("810000000"))), new GraphContent(G, List.of(amount("0")))));
            s.replaceGraphs(List.of(new GraphContent(G, List.of(label("edition 2")))));
            assertEquals(1, s.quadCount(G));
        }
    }

    @Test
    void aStreamedGraphKeepsNoneOfItsIntegralDecimals() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            s.replaceGraph(G, sink -> sink.accept(amount("810000000")));
            s.replaceGraph(G, sink -> sink.accept(label("edition 2")));
            assertEquals(1, s.quadCount(G));
        }
    }

    @Test
    void aStoreWrittenBeforeDecimalsWereCanonicalIsStillReplacedWhole() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            // the way earlier versions wrote amounts: straight into the dataset, lexical form as given
            org.apache.jena.system.Txn.executeWrite(s.datasetGraph(), () -> s.datasetGraph().add(amount("810000000")));
            s.replaceGraphs(List.of(new GraphContent(G, List.of(label("edition 2")))));
            assertEquals(1, s.quadCount(G));
        }
    }

    @Test
    void aRemovedGraphKeepsNoneOfItsIntegralDecimals() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            s.replaceGraphs(List.of(new GraphContent(G, List.of(amount("810000000"), label("x")))));
            s.removeGraphs(List.of(G));
            assertEquals(0, s.quadCount(G));
        }
    }

    @Test
    void aBulkLoadedIntegralDecimalIsReplacedWhole() throws Exception {
        Path db = tmp.resolve("db"), nq = tmp.resolve("a.nq");
        Files.writeString(nq, "<urn:claim:1> <urn:amount> \"810000000\"^^<http://www.w3.org/2001/XMLSchema#decimal> <" + G + "> .\n");
        BulkLoad.load(db, List.of(nq), false, Loader.SEQUENTIAL);
        try (TdbStore s = TdbStore.openExisting(db)) {
            assertEquals(1, s.quadCount(G));
            s.replaceGraphs(List.of(new GraphContent(G, List.of(label("edition 2")))));
            assertEquals(1, s.quadCount(G));
        }
    }

    @Test
    void decimalsAreWrittenInCanonicalForm() {
        assertEquals("810000000.0", CanonicalDecimals.canonical(amount("810000000").getObject()).getLiteralLexicalForm());
        assertEquals("1.1", CanonicalDecimals.canonical(amount("1.10").getObject()).getLiteralLexicalForm());
        assertEquals("-5.0", CanonicalDecimals.canonical(amount("-5").getObject()).getLiteralLexicalForm());
    }

    @Test
    void otherLiteralsAndIllFormedDecimalsAreKeptAsWritten() {
        Node text = label("810000000").getObject(), bad = amount("about 5").getObject();
        assertSame(text, CanonicalDecimals.canonical(text));
        assertSame(bad, CanonicalDecimals.canonical(bad));
    }
}
