package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.chipgraph.fact.Fact;
import org.chipgraph.source.Article;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules' specification by example: each row of {@code extract/rule-examples/<lang>.tsv} is a sentence the team
 * wrote and a fact it must give. And no rule is kept that none of the team's own sentences (these examples, the
 * single-behaviour test articles of {@code extract/en|de}, the first team set and the samples) makes fire: a rule that
 * only a sentence of ../shared matches was fitted to that sentence.
 */
class RuleExamplesTest {
    private static final Path EXAMPLES = Path.of("chipgraph-core/src/test/resources/extract/rule-examples");
    private static final List<Path> OWN_ARTICLES = List.of(Path.of("chipgraph-core/src/test/resources/extract/en"), Path.of("chipgraph-core/src/test/resources/extract/de"),
            Path.of("chipgraph-core/src/test/resources/team-eval/corpus"), Path.of("samples"));
    private static final ArticleReader READER = new ArticleReader(new LanguageDetector(), null);

    /** One example: a sentence and the fact (subject, relation, object label) it gives. */
    record Example(String lang, int line, String subject, String relation, String object, String sentence) {
        String name() { return lang + ".tsv:" + line + " " + subject + " " + relation + " " + object; }
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        for (String lang : List.of("en", "de")) {
            List<String> lines = Files.readAllLines(EXAMPLES.resolve(lang + ".tsv"), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.isBlank() || l.startsWith("#")) continue;
                String[] f = l.split("\t", -1);
                if (f.length != 4) throw new IllegalArgumentException(lang + ".tsv:" + (i + 1) + ": expected subject, relation, object, sentence");
                out.add(new Example(lang, i + 1, f[0], f[1], f[2], f[3]));
            }
        }
        return out;
    }

    /** The example's sentence as a small article of its language, dated 2025-06-10. */
    static Article article(Example e) {
        String text = "# date: 2025-06-10\n# lang: " + e.lang() + "\n\n" + e.sentence() + "\n";
        return READER.read(Path.of("example-" + e.lang() + "-" + e.line() + ".txt"), text.getBytes(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> eachExampleGivesItsFact() throws IOException {
        return examples().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            List<Fact> facts = Extraction.of(article(e));
            String object = e.relation().equals("denies") ? null : e.object();
            assertTrue(Extraction.find(facts, e.subject(), e.relation(), object).isPresent(),
                    () -> e.name() + " not found in \"" + e.sentence() + "\":" + Extraction.dump(facts));
        }));
    }

    @Test
    void everyRuleMatchesOneOfTheTeamsOwnSentences() throws IOException {
        Set<String> fired = new TreeSet<>();
        RuleTrace trace = (rule, fact) -> fired.add(rule);
        for (Example e : examples()) Extraction.EXTRACTOR.extract(article(e), "urn:test:example", trace);
        for (Path dir : OWN_ARTICLES) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("README.txt")).sorted().toList()) {
                    Extraction.EXTRACTOR.extract(READER.read(p), "urn:test:" + p.getFileName(), trace);
                }
            }
        }
        Map<String, String> unfired = new TreeMap<>(Extraction.EXTRACTOR.ruleTexts());
        unfired.keySet().removeAll(fired);
        StringBuilder sb = new StringBuilder();
        unfired.forEach((k, v) -> sb.append("\n  ").append(k).append("  ").append(v, 0, Math.min(v.length(), 140)));
        assertTrue(unfired.isEmpty(), unfired.size() + " rules match none of the team's own sentences (write one, or delete the rule):" + sb);
    }
}
