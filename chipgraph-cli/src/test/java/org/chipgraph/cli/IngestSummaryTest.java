package org.chipgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest summary reports the numbers 'chipgraph stats' shows for the same store. */
@Tag("integration")
class IngestSummaryTest {
    @TempDir Path tmp;

    private static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return Long.parseLong(m.group(1));
    }

    private static long factsInStats(String stats) {
        String perRelation = stats.substring(stats.indexOf("facts per relation"));
        return perRelation.lines().skip(1).mapToLong(l -> Long.parseLong(l.strip().split("\\s+")[1])).sum();
    }

    @Test
    void intoAnEmptyStoreTheSummaryCountsAreTheStatsCounts() {
        Path db = tmp.resolve("db");
        Cli r = Cli.run("ingest", "--db", db.toString(), "samples", "chipgraph-core/src/test/resources/csv/providers.sample.csv");
        assertEquals(0, r.exit(), r.err());
        String stats = Cli.run("stats", "--db", db.toString()).out();
        assertEquals(factsInStats(stats), number(r.out(), "(\\d+) facts"));
        assertEquals(number(stats, "^claims\\s+(\\d+)"), number(r.out(), "(\\d+) claims"));
        assertEquals(number(stats, "^\\s+DiscoveredEntity\\s+(\\d+)"), number(r.out(), "(\\d+) discovered entities"));
        assertEquals(number(stats, "^documents\\s+(\\d+)"), number(r.out(), "holds (\\d+) documents"));
        assertEquals(number(stats, "^quads\\s+(\\d+)"), number(r.out(), "(\\d+) quads$"));
    }

    @Test
    void reingestingReportsWhatIsInTheStoreNotWhatWasWrittenTwice() {
        Path db = tmp.resolve("db");
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), "samples").exit());
        Cli again = Cli.run("ingest", "--db", db.toString(), "samples");
        String stats = Cli.run("stats", "--db", db.toString()).out();
        assertEquals(number(stats, "^claims\\s+(\\d+)"), number(again.out(), "(\\d+) claims"));
        assertEquals(number(stats, "^quads\\s+(\\d+)"), number(again.out(), "(\\d+) quads$"));
    }
}
