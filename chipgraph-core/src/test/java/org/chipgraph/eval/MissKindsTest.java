package org.chipgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.chipgraph.rdf.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each kind of missed and of extra fact, pinned by one case of src/test/resources/eval/miss-kinds (one document a
 * case, its expected kind in the gold or system file); and what is printed holds counts only.
 */
class MissKindsTest {
    private static final Path DIR = Path.of("chipgraph-core/src/test/resources/eval/miss-kinds");
    private static MissKinds.Report report;
    private static List<ScoredFact> gold;

    @BeforeAll
    static void classifyTheFixtures() throws IOException {
        gold = ScoredFact.read(DIR.resolve("gold.tsv"));
        Map<String, DocumentMentions> docs = new HashMap<>();
        try (Stream<Path> files = Files.list(DIR.resolve("docs"))) {
            for (Path f : files.toList()) docs.put(f.getFileName().toString(), MarkedDocument.read(f));
        }
        report = new MissKinds(RegistryNames.of(ReferenceData.load()), SentenceSignals.standard())
                .classify(gold, ScoredFact.read(DIR.resolve("system.tsv")), docs);
    }

    /** The file's rows with the kind of its column "expected" (empty: the fact is matched, or dropped by the scorer). */
    private static List<String[]> expected(String file) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
        int col = List.of(lines.get(0).split("\t")).indexOf("expected");
        List<String[]> out = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            if (l.isBlank()) continue;
            String[] c = (l + "\t\t\t\t\t\t\t\t\t").split("\t", -1);
            out.add(new String[] {c[0], c[1], c[2], c[3], c[col]});
        }
        return out;
    }

    private static String kindOf(List<MissKinds.Classified> kinds, String[] row) {
        for (MissKinds.Classified c : kinds) {
            ScoredFact f = c.fact();
            if (f.doc().equals(row[0]) && f.subject().equals(row[1]) && f.relation().equals(row[2]) && f.object().equals(row[3])) return c.kind();
        }
        return "";
    }

    @TestFactory
    Stream<DynamicTest> eachMissedGoldFactGetsTheKindItsCaseShows() throws IOException {
        return expected("gold.tsv").stream().map(row -> DynamicTest.dynamicTest(
                (row[4].isEmpty() ? "matched" : row[4]) + " (" + row[0] + ")",
                () -> assertEquals(row[4], kindOf(report.missedKinds(), row), String.join(" ", row))));
    }

    @TestFactory
    Stream<DynamicTest> eachExtraFactGetsTheKindItsCaseShows() throws IOException {
        return expected("system.tsv").stream().map(row -> DynamicTest.dynamicTest(
                (row[4].isEmpty() ? "matched or dropped" : row[4]) + " (" + row[0] + ")",
                () -> assertEquals(row[4], kindOf(report.extraKinds(), row), String.join(" ", row))));
    }

    @Test
    void everyKindIsPinnedByACase() throws IOException {
        List<String> pinned = new ArrayList<>();
        for (String[] r : expected("gold.tsv")) pinned.add(r[4]);
        for (String[] r : expected("system.tsv")) pinned.add(r[4]);
        for (MissKind k : MissKind.values()) assertTrue(pinned.contains(k.label), "no case for missed kind " + k.label);
        for (ExtraKind k : ExtraKind.values()) assertTrue(pinned.contains(k.label), "no case for extra kind " + k.label);
    }

    @Test
    void theCountsAreTheScorersMissesAndExtras() {
        assertEquals(report.match().gold().size() - report.match().matched(), report.missed().total());
        assertEquals(report.match().system().size() - report.match().matched(), report.extra().total());
        assertEquals(1, report.missed().count("same-sentence:verb-final", "supplies"));
        assertEquals(1, report.missed().countInLanguage("same-sentence:verb-final", "de"));
    }

    @Test
    void aSameSentenceMissCountsUnderEverySignalThatHolds() {
        // "The Oriel M7 and the Oriel M5 are manufactured by Brevik Foundry": its kind is coordination (the first
        // signal), and it counts under passive as well, beside the passive case
        assertEquals("same-sentence:coordination", kindOf(report.missedKinds(), new String[] {"coordination-passive.txt", "Brevik Foundry", "fabricates", "Oriel M5"}));
        assertEquals(3, report.signals().count("same-sentence:coordination"));
        assertEquals(2, report.signals().count("same-sentence:passive"));
        assertEquals(1, report.missed().count("same-sentence:passive"));
        // a miss with no signal counts as plain in both tables
        assertEquals(report.missed().count("same-sentence:plain"), report.signals().count("same-sentence:plain"));
    }

    @Test
    void thePrintedTablesNameNoEntityAndQuoteNoSentence() {
        StringWriter out = new StringWriter();
        report.print(new PrintWriter(out, true));
        String printed = out.toString().toLowerCase(Locale.ROOT);
        assertTrue(printed.contains("same-sentence:passive"), printed);
        for (ScoredFact g : gold) {
            assertFalse(printed.contains(g.subject().toLowerCase(Locale.ROOT)), g.subject() + " printed:\n" + printed);
            assertFalse(printed.contains(g.object().toLowerCase(Locale.ROOT)), g.object() + " printed:\n" + printed);
        }
        assertFalse(printed.contains("ships"), printed);
    }

    @Test
    void aSameSentenceMissCarriesItsSentenceAndOtherMissesNone() {
        MissKinds.Classified passive = classified(new String[] {"coordination-passive.txt", "Brevik Foundry", "fabricates", "Oriel M5"});
        assertTrue(passive.sentence().contains("are manufactured by Brevik Foundry"), passive.sentence());
        MissKinds.Classified cross = report.missedKinds().stream().filter(c -> c.kind().equals("cross-sentence:1-2")).findFirst().orElseThrow();
        assertEquals(null, cross.sentence());
    }

    @Test
    void theFactListingGivesEachMissAndExtraWithItsKind() {
        StringWriter out = new StringWriter();
        report.printFacts(new PrintWriter(out, true));
        List<String> lines = out.toString().lines().filter(l -> l.startsWith("MISSED\t") || l.startsWith("EXTRA\t")).toList();
        assertEquals(report.missed().total() + report.extra().total(), lines.size());
        assertTrue(lines.contains("MISSED\tsame-sentence:coordination\tcoordination-passive.txt\tBrevik Foundry\tfabricates\tOriel M5\t"
                + classified(new String[] {"coordination-passive.txt", "Brevik Foundry", "fabricates", "Oriel M5"}).sentence()), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("EXTRA\tother-object\t")), out.toString());
    }

    private static MissKinds.Classified classified(String[] row) {
        return report.missedKinds().stream().filter(c -> c.fact().doc().equals(row[0]) && c.fact().subject().equals(row[1])
                && c.fact().relation().equals(row[2]) && c.fact().object().equals(row[3])).findFirst().orElseThrow();
    }
}
