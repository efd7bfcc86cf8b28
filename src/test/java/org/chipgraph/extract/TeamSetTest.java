package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.Stance;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import org.junit.jupiter.api.Test;

/**
 * The team's stress set (src/test/resources/team-eval, 12 articles written against the rules' gaps) keeps the
 * precision and recall it has reached: a rule change that loses facts there fails here. Names are compared as the
 * scorer compares them ({@link CorpusGoldTest#norm}); denied claims are left out, as the facts table leaves them out.
 */
class TeamSetTest {
    private static final Path DIR = Path.of("src/test/resources/team-eval");

    record Key(String doc, String s, String r, String o) {}

    @Test
    void precisionAndRecallOnTheTeamSetDoNotFall() throws IOException {
        List<Key> gold = new ArrayList<>();
        List<String> lines = Files.readAllLines(DIR.resolve("gold.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] g = (line + "\t\t\t").split("\t", -1);
            gold.add(new Key(g[0], CorpusGoldTest.norm(g[1]), g[2], g[2].equals("denies") ? "" : CorpusGoldTest.norm(g[3])));
        }
        ArticleReader reader = new ArticleReader(new LanguageDetector(), null);
        List<Key> system = new ArrayList<>();
        Set<Key> seen = new HashSet<>();
        try (Stream<Path> s = Files.list(DIR.resolve("corpus"))) {
            for (Path file : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (Fact f : Extraction.of(reader.read(file))) {
                    if (f.stance() == Stance.DENIED) continue;
                    Key k = new Key(file.getFileName().toString(), CorpusGoldTest.norm(f.subject().label()), f.relation().localName,
                            f.relation().localName.equals("denies") ? "" : CorpusGoldTest.norm(f.objectLabel()));
                    if (seen.add(k)) system.add(k);
                }
            }
        }
        int matched = 0;
        Set<Integer> used = new HashSet<>();
        for (Key g : gold) {
            for (int i = 0; i < system.size(); i++) {
                Key k = system.get(i);
                if (used.contains(i) || !k.doc().equals(g.doc()) || !k.r().equals(g.r())) continue;
                if (!CorpusGoldTest.same(k.s(), g.s()) || !CorpusGoldTest.same(k.o(), g.o())) continue;
                used.add(i);
                matched++;
                break;
            }
        }
        double p = (double) matched / system.size(), r = (double) matched / gold.size();
        String figures = String.format("team set: %d gold, %d system, %d matched: P %.3f R %.3f", gold.size(), system.size(), matched, p, r);
        System.out.println(figures);
        assertTrue(p >= 0.85, figures);
        assertTrue(r >= 0.55, figures);
    }
}
