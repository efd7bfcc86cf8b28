package org.chipgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end on the project's own sample articles, against real TDB2 stores in temp folders. */
@Tag("integration")
class CliEndToEndTest {
    @TempDir Path tmp;

    static final String SAMPLES = "samples";

    Path ingestSamples() {
        Path db = tmp.resolve("db");
        Cli r = Cli.run("ingest", "--db", db.toString(), SAMPLES);
        assertEquals(0, r.exit(), r.err());
        return db;
    }

    @Test
    void ingestPrintsASummaryAndSkipsNonArticleFiles() throws Exception {
        Cli r = Cli.run("ingest", "--db", tmp.resolve("db").toString(), SAMPLES);
        assertEquals(0, r.exit(), r.err());
        long articles;
        try (var s = Files.list(Path.of(SAMPLES))) { articles = s.filter(p -> p.toString().endsWith(".txt")).count(); }
        assertTrue(r.out().contains("(" + articles + " articles"), r.out());
        assertTrue(r.out().contains("1 file skipped"), "samples/README.md is skipped: " + r.out());
    }

    @Test
    void reingestingTheSameFilesGivesTheSameQuads() {
        Path db = ingestSamples();
        var first = Cli.quads(db);
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), SAMPLES).exit());
        Cli.assertSameStore(first, Cli.quads(db));
    }

    @Test
    void reingestingAnEditedFileReplacesItsGraph() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "# date: 2025-01-10\n# lang: en\n\nNvidia makes the H20 chip.\n");
        Path db = tmp.resolve("db");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), a.toString()).exit());
        Files.writeString(a, "# date: 2025-01-11\n# lang: en\n\nHuawei makes the Ascend 910B chip.\n");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), a.toString()).exit());
        String quads = org.apache.jena.riot.RDFWriter.source(Cli.quads(db)).lang(org.apache.jena.riot.Lang.NQUADS).asString();
        assertTrue(quads.contains("\"2025-01-11\""), "new date present");
        assertFalse(quads.contains("\"2025-01-10\""), "old date gone");
    }

    @Test
    void badArticleLeavesTheStoreExactlyAsItWas() throws Exception {
        Path db = ingestSamples();
        var before = Cli.quads(db);
        Path bad = Files.write(tmp.resolve("bad.txt"), new byte[] {'#', ' ', 'd', 'a', 't', 'e', ':', ' ', '2', '0', '2', '4', '\n', '\n', 'M', (byte) 0xFC, 'l', 'l', 'e', 'r'});
        Cli r = Cli.run("ingest", "--db", db.toString(), bad.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("chipgraph: " + bad + ": not valid UTF-8"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        Cli.assertSameStore(before, Cli.quads(db));
    }

    @Test
    void keepGoingIngestsTheGoodFilesAndListsTheFailures() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "# date: 2025-01-10\n# lang: en\n\nNvidia makes the H20 chip.\n");
        Files.writeString(dir.resolve("b.txt"), "");
        Files.writeString(dir.resolve("c.txt"), "# date: 2025-01-10\n# lang: en\n\nHuawei makes the Ascend 910B chip.\n");
        Path db = tmp.resolve("db");
        Cli r = Cli.run("ingest", "--keep-going", "--db", db.toString(), dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("ingested 2 documents"), r.out());
        assertTrue(r.err().contains("b.txt: empty file"), r.err());
        try (TdbStore s = TdbStore.openExisting(db)) {
            assertTrue(s.graphNames().stream().anyMatch(g -> g.endsWith("/doc/a.txt")));
            assertTrue(s.graphNames().stream().anyMatch(g -> g.endsWith("/doc/c.txt")));
            assertTrue(s.graphNames().stream().noneMatch(g -> g.endsWith("/doc/b.txt")));
        }
    }

    @Test
    void extractThenLoadGivesTheStoreThatIngestGives() {
        Path db = ingestSamples();
        Path nq = tmp.resolve("facts.nq");
        Cli e = Cli.run("extract", "-o", nq.toString(), SAMPLES);
        assertEquals(0, e.exit(), e.err());
        Path loaded = tmp.resolve("loaded");
        Cli l = Cli.run("load", "--db", loaded.toString(), nq.toString());
        assertEquals(0, l.exit(), l.err());
        Cli.assertSameStore(Cli.quads(db), Cli.quads(loaded));
    }

    @Test
    void loadReplacesTheGraphsOfTheFileAndKeepsTheOthers() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "# date: 2025-01-10\n# lang: en\n\nNvidia makes the H20 chip.\n");
        Files.writeString(dir.resolve("b.txt"), "# date: 2025-01-10\n# lang: en\n\nHuawei makes the Ascend 910B chip.\n");
        Path db = tmp.resolve("db");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), dir.toString()).exit());
        Files.writeString(dir.resolve("a.txt"), "# date: 2025-02-11\n# lang: en\n\nNvidia makes the H20 chip.\n");
        Path nq = tmp.resolve("a.nq");
        assertEquals(0, Cli.run("extract", "-o", nq.toString(), dir.resolve("a.txt").toString()).exit());
        assertEquals(0, Cli.run("load", "--db", db.toString(), nq.toString()).exit());
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, Cli.run("ingest", "--db", fresh.toString(), dir.toString()).exit());
        Cli.assertSameStore(Cli.quads(fresh), Cli.quads(db));
    }

    @Test
    void nQuadsExportLoadsIntoAnIsomorphicStore() {
        Path db = ingestSamples();
        Path nq = tmp.resolve("out.nq");
        assertEquals(0, Cli.run("export", "--db", db.toString(), "--format", "nq", "-o", nq.toString()).exit());
        Path copy = tmp.resolve("copy");
        assertEquals(0, Cli.run("load", "--db", copy.toString(), nq.toString()).exit());
        Cli.assertSameStore(Cli.quads(db), Cli.quads(copy));
    }

    @Test
    void trigExportIsIsomorphicToTheStore() {
        Path db = ingestSamples();
        Path trig = tmp.resolve("out.trig");
        assertEquals(0, Cli.run("export", "--db", db.toString(), "--format", "trig", "-o", trig.toString()).exit());
        Dataset exported = RDFDataMgr.loadDataset(trig.toString());
        // the store's graphs less the derived summary graph, which exports leave out
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(Cli.quads(db), exported.asDatasetGraph()));
    }

    @Test
    void jsonLdExportIsIsomorphicToTheStore() {
        Path db = ingestSamples();
        Path json = tmp.resolve("out.jsonld");
        assertEquals(0, Cli.run("export", "--db", db.toString(), "--format", "jsonld", "-o", json.toString()).exit());
        Dataset exported = DatasetFactory.create();
        RDFDataMgr.read(exported, json.toString());
        try (TdbStore s = TdbStore.openExisting(db)) {
            assertTrue((boolean) s.<Boolean>read(d -> org.apache.jena.sparql.util.IsoMatcher.isomorphic(d, exported.asDatasetGraph())));
        }
    }

    @Test
    void turtleExportIsTheUnionOfAllGraphs() {
        Path db = ingestSamples();
        Path ttl = tmp.resolve("out.ttl");
        assertEquals(0, Cli.run("export", "--db", db.toString(), "--format", "ttl", "-o", ttl.toString()).exit());
        Model m = RDFDataMgr.loadModel(ttl.toString());
        try (TdbStore s = TdbStore.openExisting(db)) {
            // Copied first: the store's union graph counts a triple once per graph that holds it.
            var union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            s.read(d -> { d.getUnionGraph().find().forEachRemaining(union::add); return null; });
            assertTrue(union.isIsomorphicWith(m.getGraph()));
        }
    }

    @Test
    void statsPrintTheSameTextForTheSameStore() {
        Path db = ingestSamples();
        Cli a = Cli.run("stats", "--db", db.toString());
        Cli b = Cli.run("stats", "--db", db.toString());
        assertEquals(0, a.exit());
        assertEquals(a.out(), b.out());
        assertTrue(a.out().contains("documents    4"), a.out());
    }

    @Test
    void ingestedSamplesConformToTheShapes() {
        Path db = ingestSamples();
        Cli r = Cli.run("validate", "--db", db.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    @Test
    void validateReportsFocusNodePathAndMessage() {
        Path db = ingestSamples();
        try (TdbStore s = TdbStore.openExisting(db)) {
            // A claim without its stance and confidence: what a broken writer would leave.
            s.replaceGraphs(java.util.List.of(new org.chipgraph.store.GraphContent("urn:broken", java.util.List.of(
                    org.apache.jena.sparql.core.Quad.create(org.apache.jena.graph.NodeFactory.createURI("urn:broken"),
                            org.apache.jena.graph.NodeFactory.createURI("urn:claim:1"),
                            org.chipgraph.rdf.CG.type, org.chipgraph.rdf.CG.Claim)))));
        }
        Cli r = Cli.run("validate", "--db", db.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("urn:claim:1"), r.out());
        assertTrue(r.out().contains("a claim has one stance"), r.out());
        assertTrue(r.err().contains("SHACL violation"), r.err());
    }

    @Test
    void factsTableHasTheScorersHeader() {
        Path db = ingestSamples();
        Cli r = Cli.run("facts", "--db", db.toString(), "--format", "tsv");
        assertEquals(0, r.exit(), r.err());
        assertEquals("doc\tsubject\trelation\tobject\tquantity\tdate\tconfidence\tevidence", r.out().lines().findFirst().orElseThrow());
    }

    @Test
    void queryFileWithSyntaxErrorNamesFileAndLine() throws Exception {
        Path db = ingestSamples();
        Path q = Files.writeString(tmp.resolve("bad.rq"), "SELECT ?x WHERE {\n ?x ?y\n}\n");
        Cli r = Cli.run("query", "--db", db.toString(), q.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("chipgraph: " + q + ":3:"), r.err());
    }

    @Test
    void unknownQuestionIsAnErrorListingTheQuestions() {
        Path db = ingestSamples();
        Cli r = Cli.run("query", "--db", db.toString(), "--name", "nope");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no question named 'nope'") && r.err().contains("who-supplies"), r.err());
    }

    @Test
    void storeFolderThatIsNotAStoreIsRefused() throws Exception {
        Path notStore = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(notStore.resolve("x.md"), "x");
        Cli r = Cli.run("stats", "--db", notStore.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("not a TDB2 store"), r.err());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String cmd : ChipgraphCli.commandLine().getSubcommands().keySet()) {
            if (cmd.equals("help")) continue;
            Cli r = Cli.run(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().contains("Usage: chipgraph " + cmd), cmd + ": " + r.out());
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, Cli.run("ingest", "--no-such-option", SAMPLES).exit());
    }

    @Test
    void demoRunsTheQuestionsAndWritesTurtle() {
        Path out = tmp.resolve("graph.ttl");
        Cli r = Cli.run("demo", "--db", tmp.resolve("db").toString(), "--samples", SAMPLES, "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("== Who supplies a company"), r.out());
        assertTrue(Files.isRegularFile(out));
        assertFalse(RDFDataMgr.loadModel(out.toString()).isEmpty());
    }
}
