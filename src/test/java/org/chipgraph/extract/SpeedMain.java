package org.chipgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.Article;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;

/** Development harness (not a test): start-up time and single-thread extraction throughput over article folders. */
public final class SpeedMain {
    static void time(String what, Runnable r) {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 5; i++) r.run();
        long t = bean.getCurrentThreadCpuTime();
        for (int i = 0; i < 20; i++) r.run();
        System.out.printf("%-10s %.1f ms CPU per pass%n", what, (bean.getCurrentThreadCpuTime() - t) / 20 / 1e6);
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        ReferenceData ref = ReferenceData.load();
        long t1 = System.nanoTime();
        NewsExtractor x = new NewsExtractor(ref);
        long t2 = System.nanoTime();
        System.out.printf("reference %.2fs, extractor %.2fs%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        ArticleReader reader = new ArticleReader(new LanguageDetector(), null);
        List<Article> articles = new ArrayList<>();
        for (String a : args) try (Stream<Path> s = Files.list(Path.of(a))) { for (Path p : s.filter(f -> f.toString().endsWith(".txt")).toList()) articles.add(reader.read(p)); }
        long chars = articles.stream().mapToLong(a -> a.content().length()).sum();
        for (int warm = 0; warm < 20; warm++) for (Article a : articles) x.extract(a, "urn:x");
        SentenceSplitter sp = new SentenceSplitter();
        List<String> sents = new ArrayList<>();
        for (Article a : articles) for (var s : sp.split(a.content(), a.bodyStart(), a.language())) sents.add(s.text());
        NewsExtractor.LanguageRules en = new NewsExtractor.LanguageRules("en", PatternFile.parse("en", org.chipgraph.source.BundledFiles.find("patterns/en.patterns").get().text()), new ReferenceEntities(ref), false);
        if (Boolean.getBoolean("components")) {
        time("split", () -> { for (Article a : articles) sp.split(a.content(), a.bodyStart(), a.language()); });
        time("dates", () -> { for (String s : sents) RelativeDateResolver.find(s, org.chipgraph.fact.PartialDate.ofYear(2024)); });
        time("amounts", () -> { for (String s : sents) QuantityParser.find(s); });
        time("gazetteer", () -> { for (String s : sents) en.matcher.find(WordSpans.of(s), false); });
        time("discovery", () -> { for (String s : sents) en.discovery.find(WordSpans.of(s), new boolean[s.length() + 1]); });
        time("controls", () -> { for (String s : sents) { WordSpans w = WordSpans.of(s); for (var m = en.controlNoun.first(w); m != null && en.controlNoun.next(m, w); ) { } for (var v = en.controlVerb.first(w); v != null && en.controlVerb.next(v, w); ) { } } });
        time("rules", () -> { for (String s : sents) for (var r : en.file.rules) { var m = r.pattern().matcher(s); int from = 0; while (from <= s.length() && m.find(from)) from = m.start() + 1; } });
        java.util.regex.Pattern noUni = java.util.regex.Pattern.compile(en.controlNoun.pattern.pattern(), java.util.regex.Pattern.CASE_INSENSITIVE);
        time("ctl-ascii", () -> { for (String s : sents) { var m = noUni.matcher(s); while (m.find()) { } } });
        java.util.regex.Pattern cs = java.util.regex.Pattern.compile(en.controlNoun.pattern.pattern());
        time("ctl-case", () -> { for (String s : sents) { var m = cs.matcher(s); while (m.find()) { } } });
        }
        int rounds = Integer.getInteger("rounds", 50);
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long t3 = bean.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) for (Article a : articles) x.extract(a, "urn:x");
        double secs = (bean.getCurrentThreadCpuTime() - t3) / 1e9;
        ArticleRun.RULE_NANOS.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(15)
                .forEach(e -> System.out.printf("%8.1f ms %s%n", e.getValue().sum() / 1e6, e.getKey()));
        System.out.printf("%d chars x %d rounds in %.2fs CPU: %.2f MB/s per core%n", chars, rounds, secs, chars * rounds / secs / 1e6);
    }
}
