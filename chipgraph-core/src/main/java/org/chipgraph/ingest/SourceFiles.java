package org.chipgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import org.chipgraph.error.InputError;

/**
 * The inputs of an ingest or extract run: files given on the command line, and folders walked for
 * them. {@code .txt} files are articles, {@code .csv} files are tables; anything else in a folder
 * (a README.md, a SOURCE.md) is skipped and counted. A file named explicitly must be one of the two.
 */
public record SourceFiles(List<Path> articles, List<Path> tables, List<Path> skipped, Map<Path, String> names) {

    /**
     * The name that identifies a file's document when it has no {@code # url:} header: its path relative
     * to the folder given on the command line ("reuters/article.txt"), or its file name when the file
     * itself was given.
     */
    public String relativeName(Path file) {
        String n = names.get(file);
        return n != null ? n : file.getFileName().toString();
    }

    public static SourceFiles of(List<Path> inputs) {
        List<Path> articles = new ArrayList<>();
        List<Path> tables = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        Map<Path, String> names = new HashMap<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                        names.put(p, relative(in, p));
                        switch (kind(p)) {
                            case ARTICLE -> articles.add(p);
                            case TABLE -> tables.add(p);
                            default -> skipped.add(p);
                        }
                    });
                } catch (IOException e) {
                    throw new InputError(in + ": cannot walk folder (" + org.chipgraph.store.FileErrors.plain(e) + ")");
                }
            } else if (Files.exists(in)) {
                switch (kind(in)) {
                    case ARTICLE -> articles.add(in);
                    case TABLE -> tables.add(in);
                    default -> throw new InputError(in + ": unsupported file type, expected a .txt article or a .csv table");
                }
            } else {
                throw new InputError(in + ": no such file or folder");
            }
        }
        return new SourceFiles(List.copyOf(articles), List.copyOf(tables), List.copyOf(skipped), Map.copyOf(names));
    }

    /** The path of {@code file} under {@code root}, segments joined by '/' whatever the platform. */
    static String relative(Path root, Path file) {
        Path rel = root.relativize(file);
        StringBuilder b = new StringBuilder();
        for (Path part : rel) {
            if (b.length() > 0) b.append('/');
            b.append(part);
        }
        return b.toString();
    }

    enum Kind { ARTICLE, TABLE, OTHER }

    static Kind kind(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.startsWith(".")) return Kind.OTHER;
        if (n.endsWith(".txt")) return Kind.ARTICLE;
        if (n.endsWith(".csv")) return Kind.TABLE;
        return Kind.OTHER;
    }
}
