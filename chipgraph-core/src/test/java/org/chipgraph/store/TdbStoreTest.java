package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.error.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {
    @TempDir Path tmp;

    static Quad q(String g, String s, String o) {
        Node gn = NodeFactory.createURI("urn:g:" + g);
        return new Quad(gn, NodeFactory.createURI("urn:s:" + s), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o:" + o));
    }

    @Test
    void replacingAGraphDropsItsOldQuads() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            s.replaceGraphs(List.of(new GraphContent("urn:g:a", List.of(q("a", "1", "x"), q("a", "2", "y")))));
            s.replaceGraphs(List.of(new GraphContent("urn:g:a", List.of(q("a", "3", "z")))));
            assertEquals(1, s.quadCount("urn:g:a"));
        }
    }

    @Test
    void replacingOneGraphLeavesTheOthers() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            s.replaceGraphs(List.of(new GraphContent("urn:g:a", List.of(q("a", "1", "x"))),
                    new GraphContent("urn:g:b", List.of(q("b", "1", "x")))));
            s.replaceGraphs(List.of(new GraphContent("urn:g:a", List.of())));
            assertEquals(0, s.quadCount("urn:g:a"));
            assertEquals(1, s.quadCount("urn:g:b"));
        }
    }

    @Test
    void failureInsideAStreamedReplacementLeavesTheStoreAsItWas() {
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            s.replaceGraphs(List.of(new GraphContent("urn:g:a", List.of(q("a", "1", "x")))));
            assertThrows(IllegalStateException.class, () -> s.replaceGraph("urn:g:a", sink -> {
                sink.accept(q("a", "2", "y"));
                throw new IllegalStateException("row 2 is bad");
            }));
            assertEquals(1, s.quadCount("urn:g:a"));
            assertEquals(1, s.quadCount());
        }
    }

    @Test
    void aStreamedReplacementLongerThanThePipeWritesEveryQuad() {
        int n = QuadPipe.CHUNK * (QuadPipe.CHUNKS + 3) + 7;
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            s.replaceGraph("urn:g:a", sink -> { for (int i = 0; i < n; i++) sink.accept(q("a", Integer.toString(i), "x")); });
            assertEquals(n, s.quadCount("urn:g:a"));
        }
    }

    @Test
    void aProducerFailingAfterManyChunksIsRethrownAsItselfAndWritesNothing() {
        class RowFailure extends RuntimeException { RowFailure() { super("row 99999 is bad"); } }
        try (TdbStore s = TdbStore.open(tmp.resolve("db"))) {
            s.replaceGraphs(List.of(new GraphContent("urn:g:a", List.of(q("a", "1", "x")))));
            RowFailure thrown = assertThrows(RowFailure.class, () -> s.replaceGraph("urn:g:a", sink -> {
                for (int i = 0; i < QuadPipe.CHUNK * 5; i++) sink.accept(q("a", "n" + i, "y"));
                throw new RowFailure();
            }));
            assertEquals("row 99999 is bad", thrown.getMessage());
            assertEquals(1, s.quadCount());
        }
    }

    @Test
    void storeSurvivesCloseAndReopen() {
        Path db = tmp.resolve("db");
        try (TdbStore s = TdbStore.open(db)) {
            s.replaceGraphs(List.of(new GraphContent("urn:g:a", List.of(q("a", "1", "x")))));
        }
        try (TdbStore s = TdbStore.openExisting(db)) {
            assertEquals(List.of("urn:g:a"), s.graphNames());
        }
    }

    @Test
    void aFileIsNotAStore() throws Exception {
        Path f = Files.writeString(tmp.resolve("db"), "x");
        String msg = assertThrows(InputError.class, () -> TdbStore.open(f)).getMessage();
        assertTrue(msg.contains("is a file"), msg);
    }

    @Test
    void aFolderWithOtherFilesIsNotAStore() throws Exception {
        Path d = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(d.resolve("readme.md"), "x");
        String msg = assertThrows(InputError.class, () -> TdbStore.open(d)).getMessage();
        assertTrue(msg.contains("not a TDB2 store"), msg);
        assertEquals(List.of(d.resolve("readme.md")), Files.list(d).toList(), "nothing written into the folder");
    }

    @Test
    void readCommandsNeedAnExistingStore() {
        String msg = assertThrows(InputError.class, () -> TdbStore.openExisting(tmp.resolve("nothing"))).getMessage();
        assertTrue(msg.contains("no chipgraph store"), msg);
        assertFalse(Files.exists(tmp.resolve("nothing")), "a read command creates no store");
    }
}
