package org.chipgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folder operations the store needs: delete a tree, measure what a tree takes on disk. */
public final class Dirs {
    private Dirs() {}

    public static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes on disk (allocated blocks, as du counts them): TDB2's files are sparse and preallocated. */
    public static long diskUsage(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String line = new String(p.getInputStream().readAllBytes()).trim();
            if (p.waitFor() == 0) return Long.parseLong(line.split("\\s+")[0]) * 1024;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | NumberFormatException e) {
            // no du here: fall back to the apparent size
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
