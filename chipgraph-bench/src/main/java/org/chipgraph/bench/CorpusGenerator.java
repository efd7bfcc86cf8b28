package org.chipgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates a corpus of articles from the team's own sample texts: each article takes a few sentences of
 * the samples of one language, with company and chip names swapped for others of the same kind, and a
 * header with its own date. Seeded, so the same arguments give the same corpus.
 */
public final class CorpusGenerator {
    private static final List<String> COMPANIES = List.of("ByteDance", "Alibaba", "Tencent", "Baidu", "Huawei", "Nvidia",
            "Lenovo", "Inspur", "H3C", "Microsoft", "AMD", "Cambricon", "Biren", "Moore Threads", "DeepSeek", "SMIC", "TSMC");
    private static final List<String> CHIPS = List.of("H20", "H100", "H800", "A100", "A800", "L20", "Ascend 910B", "Ascend 910C",
            "BR100", "MI300X", "B200");

    private CorpusGenerator() {}

    public record Corpus(Path dir, int articles, long bytes) {}

    /**
     * Real articles, copied round-robin (under new names, so each copy is its own document) until the corpus holds at
     * least {@code minBytes}: real text at benchmark size, not template text.
     */
    public static Corpus repeat(List<Path> articles, Path out, long minBytes) throws IOException {
        if (articles.isEmpty()) throw new IllegalArgumentException("no articles to repeat");
        Files.createDirectories(out);
        long bytes = 0;
        int n = 0;
        while (bytes < minBytes) {
            Path src = articles.get(n % articles.size());
            // each copy is its own document: a '# url:' header gets the copy's number as a fragment
            String text = Files.readString(src, StandardCharsets.UTF_8).replaceFirst("(?m)^(# url:\\s*\\S+)", "$1#copy-" + n);
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            Files.write(out.resolve(String.format("copy-%06d-%s", n, src.getFileName())), data);
            bytes += data.length;
            n++;
        }
        return new Corpus(out, n, bytes);
    }

    public static Corpus generate(Path samples, Path out, int count, long seed) throws IOException {
        Map<String, List<String>> sentences = Map.of("en", new ArrayList<>(), "de", new ArrayList<>());
        try (Stream<Path> s = Files.list(samples)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String lang = p.getFileName().toString().startsWith("de") ? "de" : "en";
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#") || l.matches(".*\\d{4}$") && l.length() < 40) continue;
                    sentences.get(lang).add(l);
                }
            }
        }
        Files.createDirectories(out);
        Random rnd = new Random(seed);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            String lang = i % 3 == 2 ? "de" : "en";
            List<String> pool = sentences.get(lang).isEmpty() ? sentences.get("en") : sentences.get(lang);
            StringBuilder b = new StringBuilder();
            b.append("# url: https://example.org/generated/").append(i).append('\n');
            b.append("# date: ").append(2022 + rnd.nextInt(4)).append('-').append(String.format("%02d", 1 + rnd.nextInt(12)))
                    .append('-').append(String.format("%02d", 1 + rnd.nextInt(28))).append('\n');
            b.append("# lang: ").append(lang).append("\n\n");
            int n = 4 + rnd.nextInt(6);
            for (int k = 0; k < n; k++) {
                b.append(swapNames(pool.get(rnd.nextInt(pool.size())), rnd)).append(k % 3 == 2 ? "\n\n" : " ");
            }
            b.append('\n');
            byte[] data = b.toString().getBytes(StandardCharsets.UTF_8);
            bytes += data.length;
            Files.write(out.resolve(String.format("gen-%06d.txt", i)), data);
        }
        return new Corpus(out, count, bytes);
    }

    private static String swapNames(String sentence, Random rnd) {
        String s = sentence;
        for (String c : COMPANIES) if (s.contains(c)) s = s.replace(c, COMPANIES.get(rnd.nextInt(COMPANIES.size())));
        for (String c : CHIPS) {
            if (s.contains(c + " ") || s.contains(c + "-") || s.endsWith(c)) s = s.replace(c, CHIPS.get(rnd.nextInt(CHIPS.size())));
        }
        return s;
    }
}
