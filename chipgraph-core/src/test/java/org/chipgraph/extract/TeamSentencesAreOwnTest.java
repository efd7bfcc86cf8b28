package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sentences the rules are tested on are the team's own: no rule-example sentence and no line of a test article
 * of {@code extract/en|de} shares a run of eight words (lower-cased word tokens) with an article of an opened set
 * (the development set, the seeds, team sets 3 to 6). A near-copy with the names swapped tests a rule on the very
 * text it was fitted to. Each opened set is a test of its own; one whose folder is absent (../shared) is skipped
 * with a message.
 */
class TeamSentencesAreOwnTest {
    private static final int RUN = 8;
    /** Word tokens as Python's \w+ finds them, umlauts included. */
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String RESOURCES = "chipgraph-core/src/test/resources/";
    private static final List<Path> OPENED = List.of(Path.of("../shared/eval/dev/corpus"), Path.of("../shared/corpus"),
            Path.of(RESOURCES + "team-eval-3/corpus"), Path.of(RESOURCES + "team-eval-4/corpus"),
            Path.of(RESOURCES + "team-eval-5/corpus"), Path.of(RESOURCES + "team-eval-6/corpus"),
            Path.of(RESOURCES + "team-eval-7/corpus"), Path.of(RESOURCES + "team-eval-8/corpus"),
            Path.of(RESOURCES + "team-eval-9/corpus"), Path.of(RESOURCES + "team-eval-10/corpus"),
            Path.of(RESOURCES + "team-eval-16/corpus"),
            Path.of(RESOURCES + "team-eval-17/corpus"), Path.of(RESOURCES + "team-eval-18/corpus"),
            Path.of(RESOURCES + "team-eval-19/corpus"), Path.of(RESOURCES + "team-eval-21/corpus"),
            Path.of(RESOURCES + "team-eval-22/corpus"), Path.of(RESOURCES + "team-eval-23/corpus"),
            Path.of(RESOURCES + "team-eval-24/corpus"), Path.of(RESOURCES + "team-eval-25/corpus"));
    private static final Path EXAMPLES = Path.of(RESOURCES + "extract/rule-examples");
    private static final List<Path> TEST_ARTICLES = List.of(Path.of(RESOURCES + "extract/en"), Path.of(RESOURCES + "extract/de"));

    /** A line the team wrote, named by file and line number. */
    record OwnLine(String where, String text) {}

    @TestFactory
    Stream<DynamicTest> noRuleExampleSentenceSharesEightWordsWithAnOpenedArticle() throws IOException {
        List<OwnLine> sentences = new ArrayList<>();
        for (String lang : List.of("en", "de")) {
            List<String> lines = Files.readAllLines(EXAMPLES.resolve(lang + ".tsv"), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String[] f = lines.get(i).split("\t", -1);
                if (!lines.get(i).startsWith("#") && f.length == 4) sentences.add(new OwnLine(lang + ".tsv:" + (i + 1), f[3]));
            }
        }
        assertTrue(sentences.size() > 100, "rule examples not found under " + EXAMPLES.toAbsolutePath());
        return againstEachOpenedSet(sentences);
    }

    @TestFactory
    Stream<DynamicTest> noTestArticleLineSharesEightWordsWithAnOpenedArticle() throws IOException {
        List<OwnLine> lines = new ArrayList<>();
        for (Path dir : TEST_ARTICLES) {
            for (Path p : textFiles(dir)) {
                List<String> text = Files.readAllLines(p, StandardCharsets.UTF_8);
                for (int i = 0; i < text.size(); i++) lines.add(new OwnLine(dir.getFileName() + "/" + p.getFileName() + ":" + (i + 1), text.get(i)));
            }
        }
        assertTrue(!lines.isEmpty(), "no test articles under " + TEST_ARTICLES);
        return againstEachOpenedSet(lines);
    }

    private static Stream<DynamicTest> againstEachOpenedSet(List<OwnLine> own) {
        return OPENED.stream().map(dir -> DynamicTest.dynamicTest(dir.toString(), () -> {
            assumeTrue(Files.isDirectory(dir), dir + " not present: skipped");
            Map<String, String> runs = runsOf(dir);
            assertTrue(!runs.isEmpty(), "no articles in " + dir); // a wrong folder would otherwise pass unseen
            List<String> copies = new ArrayList<>();
            for (OwnLine line : own) {
                List<String> w = words(line.text());
                for (int i = 0; i + RUN <= w.size(); i++) {
                    String article = runs.get(String.join(" ", w.subList(i, i + RUN)));
                    if (article == null) continue;
                    copies.add(line.where() + " (" + article + "): " + line.text().substring(0, Math.min(line.text().length(), 120)));
                    break;
                }
            }
            assertTrue(copies.isEmpty(), copies.size() + " lines share " + RUN + " words in a row with an article of " + dir
                    + " (write your own sentence):\n  " + String.join("\n  ", copies));
        }));
    }

    /** Every run of eight words of the set's articles, with the article it comes from. */
    private static Map<String, String> runsOf(Path dir) throws IOException {
        Map<String, String> runs = new HashMap<>();
        for (Path p : textFiles(dir)) {
            List<String> w = words(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)); // a stray byte is replaced, not fatal
            for (int i = 0; i + RUN <= w.size(); i++) runs.putIfAbsent(String.join(" ", w.subList(i, i + RUN)), p.getFileName().toString());
        }
        return runs;
    }

    private static List<Path> textFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }
}
