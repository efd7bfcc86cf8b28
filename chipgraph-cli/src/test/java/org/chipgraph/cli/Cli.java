package org.chipgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.nio.file.Path;
import org.apache.jena.riot.out.NodeFmtLib;
import org.chipgraph.store.TdbStore;

/** Runs the CLI in-process and captures what it prints. */
public record Cli(int exit, String out, String err) {

    public static synchronized Cli run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var cl = ChipgraphCli.commandLine();
            cl.setErr(new java.io.PrintWriter(System.err, true));
            cl.setOut(new java.io.PrintWriter(System.out, true));
            int code = cl.execute(args);
            return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** A store's content, copied into memory. */
    public static org.apache.jena.sparql.core.DatasetGraph quads(Path db) {
        try (TdbStore s = TdbStore.openExisting(db)) {
            return s.read(d -> {
                var copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
                // The summary graph is derived: which claim cites a fact follows the order the store holds graphs in.
                d.find().forEachRemaining(q -> { if (!org.chipgraph.store.SummaryGraph.isSummary(q.getGraph())) copy.add(q); });
                return copy;
            });
        }
    }

    /** Asserts two stores hold the same quads (blank nodes up to renaming); on failure names a few differences. */
    public static void assertSameStore(org.apache.jena.sparql.core.DatasetGraph expected, org.apache.jena.sparql.core.DatasetGraph actual) {
        if (org.apache.jena.sparql.util.IsoMatcher.isomorphic(expected, actual)) return;
        Set<String> e = lines(expected), a = lines(actual);
        Set<String> missing = new TreeSet<>(e);
        missing.removeAll(a);
        Set<String> extra = new TreeSet<>(a);
        extra.removeAll(e);
        org.junit.jupiter.api.Assertions.fail("stores differ: " + e.size() + " vs " + a.size() + " quads; missing e.g. "
                + missing.stream().filter(l -> !l.contains("_:")).limit(3).toList() + "; extra e.g. "
                + extra.stream().filter(l -> !l.contains("_:")).limit(3).toList());
    }

    private static Set<String> lines(org.apache.jena.sparql.core.DatasetGraph d) {
        Set<String> lines = new TreeSet<>();
        d.find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
        return lines;
    }
}
