package org.chipgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per kind of bad input in {@code bad/catalogue.tsv}: the command exits with the expected
 * code; its error is one line on stderr naming the input and what was expected (usage errors, exit 2,
 * lead with it); no stack trace; and nothing is lost: the store's graphs are unchanged, except for
 * the documents the case adds (accepted oddities, or the good files before a bad one in a batch).
 */
@Tag("integration")
class BadInputCatalogueTest {
    static Path work, db;

    record Case(int line, String kind, String setup, List<String> args, int exit, String fragment, int adds) {}

    @BeforeAll
    static void store() {
        work = References.tempDir("bad-input");
        db = work.resolve("db");
        var r = Cli.run("ingest", "--db", db.toString(), Fixtures.GOOD.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @AfterAll
    static void cleanUp() {
        Dirs.delete(work);
    }

    @TestFactory
    Stream<DynamicTest> everyKindOfBadInput() throws Exception {
        List<Case> cases = load(Fixtures.BAD.resolve("catalogue.tsv"));
        assertTrue(cases.size() >= 30, "at least 30 kinds catalogued, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.kind(), () -> check(c)));
    }

    static List<Case> load(Path tsv) throws Exception {
        List<Case> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = l.split("\t", -1);
            if (f.length != 6) throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": expected 6 tab-separated fields, found " + f.length);
            out.add(new Case(i + 1, f[0], f[1], split(f[2]), Integer.parseInt(f[3]), f[4], Integer.parseInt(f[5])));
        }
        return out;
    }

    /** Splits on spaces; '...' groups (no escapes). */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false, any = false;
        for (char ch : s.toCharArray()) {
            if (ch == '\'') { quoted = !quoted; any = true; }
            else if (ch == ' ' && !quoted) { if (any) out.add(cur.toString()); cur.setLength(0); any = false; }
            else { cur.append(ch); any = true; }
        }
        if (any) out.add(cur.toString());
        return out;
    }

    void check(Case c) throws Exception {
        Path gen = work.resolve("gen-" + c.line());
        String[] args = c.args().stream().map(a -> a.replace("{db}", db.toString()).replace("{bad}", Fixtures.BAD.toString())
                .replace("{good}", Fixtures.GOOD.toString()).replace("{gen}", gen.toString())).toArray(String[]::new);
        StoreSnapshot before = StoreSnapshot.of(db);
        Cli.Result r;
        try (Fixtures fx = new Fixtures(gen, db)) {
            fx.setUp(c.setup());
            r = Cli.run(args);
        }
        String where = "catalogue line " + c.line() + " (" + String.join(" ", args) + ")\nstdout: " + r.out() + "\nstderr: " + r.err();
        assertEquals(c.exit(), r.exit(), "exit code; " + where);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread"), "no stack trace; " + where);
        if (c.exit() == 0) {
            assertTrue(r.out().contains(c.fragment()), "output names what happened; " + where);
        } else {
            String[] lines = r.errLines();
            assertTrue(lines.length >= 1, "an error message; " + where);
            if (c.exit() == 1) assertEquals(1, lines.length, "one line; " + where);
            assertTrue(lines[0].contains(c.fragment()), "the message says '" + c.fragment() + "'; " + where);
        }
        StoreSnapshot after = StoreSnapshot.of(db);
        List<String> changed = before.differences(after);
        assertEquals(List.of(), changed.stream().filter(d -> !d.contains("only in the second store")).toList(), "nothing lost or altered");
        assertEquals(c.adds(), changed.size(), "documents added: " + changed);
        Dirs.delete(gen);
    }
}
