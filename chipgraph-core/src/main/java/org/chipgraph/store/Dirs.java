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

    /** Copies a file or a folder tree. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path x : walk.toList()) {
                Path target = to.resolve(from.relativize(x).toString());
                if (Files.isDirectory(x)) Files.createDirectories(target);
                else Files.copy(x, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a tree keeping TDB2's sparse, preallocated files sparse (cp does; Files.copy fills the holes). */
    public static void copySparse(Path from, Path to) {
        try {
            Process p = new ProcessBuilder("cp", "-r", "--sparse=always", from.toString(), to.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (p.waitFor() == 0) return;
            throw new UncheckedIOException(new IOException(out));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while copying " + from, e);
        } catch (IOException e) {
            copy(from, to); // no cp here
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
