package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.chipgraph.error.InputError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** The bulk loader builds a new generation from the kept graphs plus the files, with either of TDB2's loaders. */
class BulkLoadTest {
    @TempDir Path tmp;

    static Quad q(Node g, String s, String o) {
        return new Quad(g, NodeFactory.createURI("urn:s:" + s), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString(o));
    }

    static final Node A = NodeFactory.createURI("urn:g:a");
    static final Node B = NodeFactory.createURI("urn:g:b");

    static Set<String> quads(Path db) {
        try (TdbStore s = TdbStore.openExisting(db)) {
            return s.read(d -> {
                Set<String> lines = new TreeSet<>();
                d.find().forEachRemaining(x -> lines.add(NodeFmtLib.str(x)));
                return lines;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Loader.class)
    void aFileWithAManifestIsCheckedWhileLoadedAndABrokenLineLoadsNothing(Loader loader) throws Exception {
        Path db = tmp.resolve("db");
        try (TdbStore s = TdbStore.open(db)) {
            Txn.executeWrite(s.datasetGraph(), () -> s.datasetGraph().add(q(A, "1", "old a")));
        }
        Set<String> before = quads(db);
        Path nq = tmp.resolve("a.nq");
        try (NQuadsFile f = new NQuadsFile(nq)) {
            f.accept(q(A, "2", "new a"));
            f.commit();
        }
        // what the file holds is taken from its manifest, so the broken line is found by the loader, mid-load
        Files.writeString(nq, Files.readString(nq) + "<urn:s:3> <urn:p> \"unterminated <urn:g:a> .\n");
        InputError e = assertThrows(InputError.class, () -> BulkLoad.load(db, List.of(nq), false, loader));
        assertTrue(e.getMessage().contains("a.nq: not valid N-Quads") && e.getMessage().endsWith("the store is unchanged"), e.getMessage());
        try (var left = Files.list(db)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith("-tmp")), "half-built generation left behind");
        }
        assertEquals(before, quads(db));
    }

    @ParameterizedTest
    @EnumSource(Loader.class)
    void aWrittenFileThatNoLongerMatchesItsManifestLoadsNothing(Loader loader) throws Exception {
        Path db = tmp.resolve("db");
        try (TdbStore s = TdbStore.open(db)) {
            Txn.executeWrite(s.datasetGraph(), () -> s.datasetGraph().add(q(A, "1", "old a")));
        }
        Set<String> before = quads(db);
        Path nq = tmp.resolve("a.nq");
        Manifest m;
        try (NQuadsFile f = new NQuadsFile(nq)) {
            f.accept(q(A, "2", "new a"));
            f.accept(q(A, "3", "new a"));
            m = f.commit();
        }
        // one whole line lost: still valid N-Quads, so only the manifest tells
        List<String> lines = Files.readAllLines(nq);
        Files.write(nq, lines.subList(0, 1));
        InputError e = assertThrows(InputError.class, () -> BulkLoad.loadWritten(db, nq, m, loader));
        assertTrue(e.getMessage().contains("does not match its manifest"), e.getMessage());
        try (var left = Files.list(db)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith("-tmp")), "half-built generation left behind");
        }
        assertEquals(before, quads(db));
    }

    @ParameterizedTest
    @EnumSource(Loader.class)
    void aLoadedFileReplacesItsGraphAndKeepsTheOtherGraphsAndTheDefaultGraph(Loader loader) throws Exception {
        Path db = tmp.resolve("db");
        try (TdbStore s = TdbStore.open(db)) {
            Txn.executeWrite(s.datasetGraph(), () -> {
                s.datasetGraph().add(q(Quad.defaultGraphIRI, "d", "default"));
                s.datasetGraph().add(q(A, "1", "old a"));
                s.datasetGraph().add(q(A, "2", "old a"));
                s.datasetGraph().add(q(B, "1", "b"));
            });
        }
        Path nq = tmp.resolve("a.nq");
        try (NQuadsFile f = new NQuadsFile(nq)) {
            f.accept(q(A, "3", "new a"));
            f.commit();
        }
        BulkLoad.Result r = BulkLoad.load(db, List.of(nq), false, loader);
        assertEquals(1, r.quadsLoaded());
        assertEquals(3, r.quadsTotal());
        assertEquals(new TreeSet<>(Set.of(
                NodeFmtLib.str(q(Quad.defaultGraphIRI, "d", "default")),
                NodeFmtLib.str(q(A, "3", "new a")),
                NodeFmtLib.str(q(B, "1", "b")))), quads(db));
    }
}
