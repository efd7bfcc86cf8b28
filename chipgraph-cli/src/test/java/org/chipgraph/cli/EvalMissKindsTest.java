package org.chipgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 'eval --miss-kinds' on two small articles of our own, scored by the real scorer (../shared/eval/score.py,
 * run with python3; skipped where either is absent): the kinds count exactly the scorer's misses and extras, by
 * language, and the tables name nothing.
 */
@Tag("integration")
class EvalMissKindsTest {
    private static final Path SCORER = Path.of("../shared/eval/score.py");
    private static final Path DIR = Path.of("chipgraph-cli/src/test/resources/eval");
    private static Cli run;

    @BeforeAll
    static void evaluate() {
        if (Files.isRegularFile(SCORER)) run = Cli.run("eval", "--miss-kinds", "--scorer", SCORER.toString(), DIR.resolve("gold.tsv").toString(), DIR.resolve("corpus").toString());
    }

    /** Per test, so each one is reported as skipped with its reason (an assumption in @BeforeAll reports none). */
    @BeforeEach
    void needsTheScorer() {
        assumeTrue(run != null, SCORER + " not present: skipped");
        assumeTrue(!run.out().contains("cannot run the scorer") && !run.err().contains("cannot run the scorer"), "python3 not available: skipped");
    }

    private static int number(String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(run.out());
        assertTrue(m.find(), regex + " in\n" + run.out());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theKindsCountTheScorersMissesAndExtras() {
        assertEquals(0, run.exit(), run.err());
        int gold = number("^all\\s+(\\d+)"), sys = number("^all\\s+\\d+\\s+(\\d+)"), tp = number("^all\\s+\\d+\\s+\\d+\\s+(\\d+)");
        assertEquals(gold - tp, number("missed gold facts by kind: (\\d+) of"));
        assertEquals(sys - tp, number("extra facts by kind: (\\d+) of"));
        String missed = run.out().substring(run.out().indexOf("missed gold facts by kind"));
        assertEquals(gold - tp, number("^total\\s+(\\d+)"), missed);
    }

    @Test
    void theTablesHaveAColumnPerLanguage() {
        String tables = run.out().substring(run.out().indexOf("missed gold facts by kind"));
        assertTrue(tables.lines().anyMatch(l -> l.matches("kind\\s+all\\s+de\\s+en.*")), tables);
    }

    @Test
    void theTablesNameNoEntityOfTheGold() throws Exception {
        String tables = run.out().substring(run.out().indexOf("missed gold facts by kind")).toLowerCase(Locale.ROOT);
        List<String> lines = Files.readAllLines(DIR.resolve("gold.tsv"), StandardCharsets.UTF_8);
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split("\t");
            assertFalse(tables.contains(c[1].toLowerCase(Locale.ROOT)), c[1] + " in\n" + tables);
            assertFalse(tables.contains(c[3].toLowerCase(Locale.ROOT)), c[3] + " in\n" + tables);
        }
    }
}
