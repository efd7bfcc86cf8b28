package org.chipgraph.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated news articles for the crash, concurrency and bench harnesses: template sentences with
 * varied companies, chips, buyers, amounts and dates, so every document differs. Deterministic for a seed.
 */
public final class Corpus {
    private Corpus() {}

    static final String[] MAKERS = {"NVIDIA", "AMD", "Intel", "Huawei", "Cambricon", "Biren", "Moore Threads",
            "Graphcore", "Cerebras", "Groq", "SambaNova", "Tenstorrent"};
    static final String[] CHIPS = {"H100", "H20", "A800", "MI300X", "Gaudi 3", "Ascend 910B", "Siyuan 590",
            "BR100", "MTT S4000", "Bow IPU", "WSE-3", "LPU"};
    static final String[] BUYERS = {"Alibaba", "Tencent", "ByteDance", "Baidu", "Microsoft", "Meta", "Oracle",
            "CoreWeave", "Lambda", "Inspur", "Lenovo", "Supermicro"};
    static final String[] FOUNDRIES = {"TSMC", "Samsung", "SMIC", "GlobalFoundries"};

    /** Writes {@code n} articles named art-0000.txt ... into {@code dir}; {@code edition} varies the text. */
    public static List<Path> write(Path dir, int n, long seed, int edition) {
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Path f = dir.resolve(String.format("art-%04d.txt", i));
                Files.writeString(f, article(i, seed, edition), StandardCharsets.UTF_8);
                files.add(f);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One article: header lines (edition 1 adds a source), then five to nine sentences. Not a url: a
     * '# url:' is the document's identity, and the editions are meant to be the same document edited.
     */
    public static String article(int i, long seed, int edition) {
        Random r = new Random(seed * 7919 + i * 31L + edition);
        String maker = pick(r, MAKERS), chip = pick(r, CHIPS), buyer = pick(r, BUYERS), fab = pick(r, FOUNDRIES);
        int month = 1 + r.nextInt(12), day = 1 + r.nextInt(28), units = 1000 * (1 + r.nextInt(90));
        StringBuilder sb = new StringBuilder();
        sb.append("# title: ").append(maker).append(" and ").append(buyer).append(" (").append(i).append(")\n");
        sb.append("# date: 2024-").append(String.format("%02d-%02d", month, day)).append('\n');
        sb.append("# lang: en\n");
        if (edition % 2 == 1) sb.append("# source: Newswire desk ").append(edition).append('\n');
        sb.append('\n');
        List<String> sentences = new ArrayList<>(List.of(
                maker + " will supply " + units + " " + chip + " accelerators to " + buyer + " this year.",
                buyer + " ordered " + chip + " chips worth $" + (1 + r.nextInt(900)) + " million from " + maker + ".",
                maker + " makes the " + chip + " at " + fab + " on a " + (3 + r.nextInt(5)) + " nm process.",
                "Analysts said demand for the " + chip + " exceeded supply in " + (2023 + r.nextInt(3)) + ".",
                buyer + " denied reports that it had stopped buying from " + maker + ".",
                "The " + chip + " is subject to export controls announced in October " + (2022 + r.nextInt(3)) + ".",
                fab + " said capacity for " + maker + " would grow by " + (5 + r.nextInt(40)) + " percent.",
                buyer + " plans to deploy " + units / 2 + " " + pick(r, CHIPS) + " units in its data centres.",
                "Edition " + edition + " of report " + i + " was updated on 2024-" + String.format("%02d", month) + "."));
        java.util.Collections.shuffle(sentences, r);
        int count = 5 + r.nextInt(5);
        for (int k = 0; k < count; k++) sb.append(sentences.get(k)).append(k % 3 == 2 ? "\n\n" : " ");
        sb.append('\n');
        return sb.toString();
    }

    private static String pick(Random r, String[] xs) { return xs[r.nextInt(xs.length)]; }
}
