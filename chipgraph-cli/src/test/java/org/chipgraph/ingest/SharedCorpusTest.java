package org.chipgraph.ingest;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chipgraph.cli.Cli;
import org.chipgraph.query.FactsTable;
import org.chipgraph.query.QuestionLibrary;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two real articles of ../shared/corpus (one Reuters report in English and a German summary of it):
 * the same entities get the same IRIs in both languages, and each fact both report gives has two sources.
 */
@Tag("integration")
class SharedCorpusTest {
    static final Path CORPUS = Path.of("../shared/corpus");
    static final Path GOLD = Path.of("../shared/eval/dev/gold.tsv");
    static final String EN = "000_252ec6a79d98875b.txt";
    static final String DE = "004_0b29fa084a0ab685.txt";

    @TempDir Path tmp;

    static String key(List<String> row) {
        // denies is scored on its subject only; the rest on subject, relation, object.
        String object = row.get(2).equals("denies") ? "" : row.get(3);
        return (row.get(1) + "|" + row.get(2) + "|" + object).toLowerCase(Locale.ROOT);
    }

    static Map<String, Set<String>> goldByDoc() throws Exception {
        Map<String, Set<String>> m = new HashMap<>();
        for (String line : Files.readAllLines(GOLD).subList(1, Files.readAllLines(GOLD).size())) {
            String[] f = line.split("\t", -1);
            m.computeIfAbsent(f[0], k -> new HashSet<>()).add(key(List.of(f[0], f[1], f[2], f[3])));
        }
        return m;
    }

    @Test
    void factsBothArticlesGiveHaveTwoSources() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS) && Files.isRegularFile(GOLD), "../shared/corpus or the dev gold is absent: skipped");
        Path db = tmp.resolve("db");
        Cli r = Cli.run("ingest", "--db", db.toString(), CORPUS.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, Set<String>> docsOfFact = new HashMap<>();
        try (TdbStore s = TdbStore.openExisting(db)) {
            for (List<String> row : FactsTable.rows(s.datasetGraph(), QuestionLibrary.load())) {
                docsOfFact.computeIfAbsent(key(row.subList(0, 4)), k -> new HashSet<>()).add(row.get(0));
            }
        }
        Map<String, Set<String>> gold = goldByDoc();
        Set<String> shared = new HashSet<>(gold.get(EN));
        shared.retainAll(gold.get(DE));
        shared.removeIf(k -> k.contains("|denies|")); // the EN text has ByteDance deny, the DE text TikTok
        assertTrue(shared.size() >= 12, "gold shares facts across the two articles: " + shared);
        List<String> singleSourced = new ArrayList<>();
        for (String fact : shared) {
            Set<String> docs = docsOfFact.getOrDefault(fact, Set.of());
            if (!docs.equals(Set.of(EN, DE))) singleSourced.add(fact + " " + docs);
        }
        assertEquals(List.of(), singleSourced, "facts of both reports that do not have both sources");
    }
}
