package org.chipgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chipgraph.source.Sha256;
import org.chipgraph.store.Manifest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** load checks what it loads: a manifest must match; without one, no reference graph and no shrinking graph. */
@Tag("integration")
class VerifiedLoadTest {
    @TempDir Path tmp;
    Path nq, db;

    @BeforeEach
    void extractAndLoadSamples() {
        nq = tmp.resolve("facts.nq");
        Cli e = Cli.run("extract", "-o", nq.toString(), "samples");
        assertEquals(0, e.exit(), e.err());
        db = tmp.resolve("db");
        assertEquals(0, Cli.run("load", "--db", db.toString(), nq.toString()).exit());
    }

    /** The first half of the file's lines, cut at a line end, as a file of its own. */
    private Path truncatedCopy(String name) throws Exception {
        List<String> lines = Files.readAllLines(nq, StandardCharsets.UTF_8);
        return Files.write(tmp.resolve(name), lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
    }

    private void assertRefusedAndStoreUnchanged(Path file, String why, String... args) {
        var before = Cli.quads(db);
        String[] argv = new String[3 + args.length + 1];
        argv[0] = "load"; argv[1] = "--db"; argv[2] = db.toString();
        System.arraycopy(args, 0, argv, 3, args.length);
        argv[argv.length - 1] = file.toString();
        Cli r = Cli.run(argv);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().startsWith("chipgraph: " + file) && r.err().contains(why), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        Cli.assertSameStore(before, Cli.quads(db));
    }

    @Test
    void extractWritesAManifestThatMatchesTheFile() throws Exception {
        Manifest m = Manifest.read(Manifest.beside(nq));
        assertNotNull(m);
        assertEquals(Sha256.hex(Files.readAllBytes(nq)), m.sha256());
        assertEquals(Files.readAllLines(nq).size(), m.quads());
        assertTrue(m.graphs().containsKey("https://w3id.org/chipgraph/graph/entities"), m.graphs().toString());
    }

    @Test
    void aTruncatedExtractWithItsManifestIsRefusedAndTheStoreUnchanged() throws Exception {
        Path cut = truncatedCopy("cut.nq");
        Files.copy(Manifest.beside(nq), Manifest.beside(cut));
        assertRefusedAndStoreUnchanged(cut, "does not match its manifest");
    }

    @Test
    void aChangedByteIsCaughtByTheChecksum() throws Exception {
        Path changed = tmp.resolve("changed.nq");
        Files.writeString(changed, Files.readString(nq).replaceFirst("Nvidia", "Nvidib"));
        Files.copy(Manifest.beside(nq), Manifest.beside(changed));
        assertRefusedAndStoreUnchanged(changed, "SHA-256");
    }

    @Test
    void withoutAManifestTheReferenceGraphsAreNeverReplaced() throws Exception {
        Path cut = truncatedCopy("cut.nq");
        assertRefusedAndStoreUnchanged(cut, "reference graph");
        assertRefusedAndStoreUnchanged(cut, "reference graph", "--force");
    }

    @Test
    void withoutAManifestAGraphThatWouldShrinkIsRefusedUnlessForced() throws Exception {
        List<String> docLines = Files.readAllLines(nq).stream().filter(l -> !l.contains("/chipgraph/graph/")).toList();
        Path part = Files.write(tmp.resolve("part.nq"), docLines.subList(0, docLines.size() / 2));
        assertRefusedAndStoreUnchanged(part, "would shrink graph");
        Cli forced = Cli.run("load", "--db", db.toString(), "--force", part.toString());
        assertEquals(0, forced.exit(), forced.err());
    }

    @Test
    void aFolderOfShardsLoadsWhole() throws Exception {
        Path shards = Files.createDirectories(tmp.resolve("shards"));
        assertEquals(0, Cli.run("extract", "-o", shards.resolve("a.nq").toString(), "samples/en-nvidia-export-rules.txt").exit());
        assertEquals(0, Cli.run("extract", "--no-reference", "-o", shards.resolve("b.nq").toString(), "samples/de-huawei-smic-fertigung.txt").exit());
        Path fresh = tmp.resolve("fresh");
        Cli r = Cli.run("load", "--db", fresh.toString(), shards.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("from 2 files"), r.out());
        long docs = Cli.run("facts", "--db", fresh.toString()).out().lines().skip(1).map(l -> l.split("\t")[0]).distinct().count();
        assertEquals(2, docs);
    }

    @Test
    void aFolderWithOneDamagedShardLoadsNothing() throws Exception {
        Path shards = Files.createDirectories(tmp.resolve("shards"));
        assertEquals(0, Cli.run("extract", "--no-reference", "-o", shards.resolve("a.nq").toString(), "samples/en-nvidia-export-rules.txt").exit());
        assertEquals(0, Cli.run("extract", "--no-reference", "-o", shards.resolve("b.nq").toString(), "samples/de-huawei-smic-fertigung.txt").exit());
        List<String> b = Files.readAllLines(shards.resolve("b.nq"));
        Files.write(shards.resolve("b.nq"), b.subList(0, b.size() - 1));
        var before = Cli.quads(db);
        Cli r = Cli.run("load", "--db", db.toString(), shards.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("b.nq: does not match its manifest"), r.err());
        Cli.assertSameStore(before, Cli.quads(db));
    }

    @Test
    void aFolderWithAManifestWhoseShardIsLostLoadsNothing() throws Exception {
        Path shards = Files.createDirectories(tmp.resolve("shards"));
        assertEquals(0, Cli.run("extract", "--no-reference", "-o", shards.resolve("a.nq").toString(), "samples/en-nvidia-export-rules.txt").exit());
        assertEquals(0, Cli.run("extract", "--no-reference", "-o", shards.resolve("b.nq").toString(), "samples/de-huawei-smic-fertigung.txt").exit());
        Files.delete(shards.resolve("b.nq"));
        Cli r = Cli.run("load", "--db", db.toString(), shards.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("b.nq.manifest: manifest without its shard"), r.err());
    }
}
