package org.chipgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo on the bundled samples, articles and tables. */
@Tag("integration")
class DemoTest {
    @TempDir Path tmp;

    @Test
    void everyQuestionAnswersSomethingOnTheSamplesAndAnEmptyAnswerIsExplained() {
        Cli r = Cli.run("demo", "--db", tmp.resolve("db").toString(), "-o", tmp.resolve("graph.ttl").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("ml-hardware.sample.csv: 5 rows read"), "the table samples are loaded: " + r.out());
        List<String> lines = r.out().lines().toList();
        int questions = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("== ")) questions++;
            if (lines.get(i).equals("0 rows")) {
                assertTrue(i + 1 < lines.size() && lines.get(i + 1).contains("(no rows: "), "unexplained empty answer before line " + i + ":\n" + r.out());
            }
        }
        assertTrue(questions >= 19, r.out());
        Matcher m = Pattern.compile("(?m)^0 rows$").matcher(r.out());
        assertFalse(m.find(), "every question answers on the samples:\n" + r.out());
    }
}
