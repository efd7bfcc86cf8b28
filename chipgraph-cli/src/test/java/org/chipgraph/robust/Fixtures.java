package org.chipgraph.robust;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The setups of bad/catalogue.tsv: inputs generated at test time (too big to commit, or needing a
 * process), each in the case's own {gen} folder. {@link #close()} undoes what the setup started.
 */
public final class Fixtures implements AutoCloseable {
    static final Path BAD = Path.of("chipgraph-core/src/test/resources/bad").toAbsolutePath();
    static final Path GOOD = Path.of("chipgraph-cli/src/test/resources/good").toAbsolutePath();

    private final Path gen;
    private final Path db;
    private Process holder;
    private String oldHome;
    private boolean homeSet;

    Fixtures(Path gen, Path db) {
        this.gen = gen;
        this.db = db;
    }

    void setUp(String setup) throws Exception {
        Files.createDirectories(gen);
        switch (setup) {
            case "-" -> { }
            case "big-article" -> bigArticle(gen.resolve("big.txt"), 50L * 1024 * 1024);
            case "long-sentence" -> Files.writeString(gen.resolve("long-sentence.txt"), "# title: One long sentence\n# date: 2024-03-01\n# lang: en\n\n"
                    + longSentence(10_000) + "\n", StandardCharsets.UTF_8);
            case "batch-with-bad-file" -> {
                Path batch = Files.createDirectories(gen.resolve("batch"));
                Files.copy(GOOD.resolve("good-1.txt"), batch.resolve("b-0-good.txt"));
                Files.copy(GOOD.resolve("good-2.txt"), batch.resolve("b-1-good.txt"));
                Files.copy(BAD.resolve("empty.txt"), batch.resolve("b-2-bad.txt"));
                Files.copy(GOOD.resolve("good-3.txt"), batch.resolve("b-3-good.txt"));
            }
            case "file-as-store" -> Files.writeString(gen.resolve("store-file"), "not a store\n");
            case "not-a-store" -> {
                Files.createDirectories(gen.resolve("not-a-store"));
                Files.writeString(gen.resolve("not-a-store/notes.txt"), "my notes\n");
            }
            case "damaged-store" -> {
                Dirs.copy(db, gen.resolve("damaged"));
                try (RandomAccessFile f = new RandomAccessFile(gen.resolve("damaged/Data-0001/OSP.idn").toFile(), "rw")) {
                    f.setLength(0);
                }
            }
            case "locked" -> lock();
            case "twin-articles" -> {
                for (String folder : new String[] {"wire", "blog"}) {
                    Files.createDirectories(gen.resolve(folder));
                    Files.copy(GOOD.resolve(folder.equals("wire") ? "good-1.txt" : "good-2.txt"), gen.resolve(folder + "/article.txt"));
                }
            }
            case "another-good-1" -> {
                // a different file at the same path under its folder as the stored good-1.txt
                Files.createDirectories(gen.resolve("other"));
                Files.writeString(gen.resolve("other/good-1.txt"), "# date: 2024-05-01\n# lang: en\n\nHuawei makes the Ascend 910B chip.\n");
            }
            case "same-url" -> {
                Files.createDirectories(gen.resolve("in"));
                for (String n : new String[] {"a", "b"}) {
                    Files.writeString(gen.resolve("in/" + n + ".txt"), "# url: https://news.example/one-story\n# date: 2024-05-01\n# lang: en\n\n"
                            + (n.equals("a") ? "Huawei makes the Ascend 910B chip." : "Nvidia makes the H20 chip.") + "\n");
                }
            }
            case "truncated-extract", "truncated-extract-no-manifest" -> {
                Path nq = gen.resolve("facts.nq");
                Cli.Result r = Cli.run("extract", "-o", nq.toString(), GOOD.toString());
                if (r.exit() != 0) throw new IllegalStateException("extract failed: " + r.err());
                List<String> lines = Files.readAllLines(nq);
                Files.write(nq, lines.subList(0, lines.size() / 2));
                if (setup.endsWith("no-manifest")) Files.delete(gen.resolve("facts.nq.manifest"));
            }
            case "home-bad-ontology" -> home("ontology/chipgraph.ttl", BAD.resolve("home/bad-ontology/chipgraph.ttl"));
            case "home-no-entities" -> home("ontology/entities.ttl", null);
            case "home-bad-question" -> home("queries/broken.rq", BAD.resolve("home/bad-question/broken.rq"));
            case "home-bad-shapes" -> home("ontology/shapes.ttl", BAD.resolve("home/bad-ontology/chipgraph.ttl"));
            default -> throw new IllegalArgumentException("unknown setup " + setup);
        }
    }

    /** A project home copied from this project, with {@code relative} replaced by {@code with} (or deleted). */
    private void home(String relative, Path with) throws IOException {
        Path home = gen.resolve("home");
        Dirs.copy(Path.of("ontology").toAbsolutePath(), home.resolve("ontology"));
        Dirs.copy(Path.of("queries").toAbsolutePath(), home.resolve("queries"));
        if (with == null) Files.delete(home.resolve(relative));
        else Files.copy(with, home.resolve(relative), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        oldHome = System.getProperty("chipgraph.home");
        homeSet = true;
        System.setProperty("chipgraph.home", home.toString());
    }

    private void lock() throws Exception {
        holder = ChildJvm.builder(HoldStore.class, List.of(db.toString()), gen.resolve("holder.log"))
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null && !line.equals("holding")) { }
        if (line == null) throw new IllegalStateException("the store holder ended without holding the store");
    }

    /** An article of exactly {@code bytes} bytes: a header, then the same sentence over and over. */
    static void bigArticle(Path file, long bytes) throws IOException {
        byte[] line = "Nvidia will supply 1,000 H100 accelerators to Oracle this year, the company said.\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("# title: A very long article\n# date: 2024-03-01\n# lang: en\n\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < bytes; written += line.length) out.write(line);
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
    }

    static String longSentence(int chars) {
        StringBuilder sb = new StringBuilder("Nvidia said that");
        String[] words = {" the", " H100", " accelerators", " ordered", " by", " Oracle", " and", " Meta", " were", " shipped"};
        for (int i = 0; sb.length() < chars - 1; i++) sb.append(words[i % words.length]);
        sb.setLength(chars - 1);
        return sb.append('.').toString();
    }

    @Override
    public void close() throws Exception {
        if (holder != null) {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) holder.destroyForcibly().waitFor();
        }
        if (homeSet) {
            if (oldHome == null) System.clearProperty("chipgraph.home");
            else System.setProperty("chipgraph.home", oldHome);
        }
    }
}
