package org.chipgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project's data files (ontology/, queries/, patterns/, mappings/): read from the project folder
 * given by the system property {@code chipgraph.home} (set by bin/chipgraph, so edits take effect
 * without a rebuild), else from the copies bundled in the jar.
 */
public final class BundledFiles {
    private BundledFiles() {}

    public static Optional<Path> home() {
        String h = System.getProperty("chipgraph.home");
        return h == null || h.isBlank() ? Optional.empty() : Optional.of(Path.of(h));
    }

    /** A data file by its project-relative path ("queries/facts.rq"), as a description and text. */
    public static Optional<Named> find(String relative) {
        Optional<Path> onDisk = home().map(h -> h.resolve(relative)).filter(Files::isRegularFile);
        if (onDisk.isPresent()) {
            try {
                return Optional.of(new Named(onDisk.get().toString(), Files.readString(onDisk.get(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = BundledFiles.class.getClassLoader().getResourceAsStream(relative)) {
            if (in == null) return Optional.empty();
            return Optional.of(new Named(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Project-relative paths of the files in a data folder whose names end with {@code suffix}, sorted. */
    public static List<String> list(String folder, String suffix) {
        Optional<Path> onDisk = home().map(h -> h.resolve(folder)).filter(Files::isDirectory);
        if (onDisk.isPresent()) return listDir(onDisk.get(), folder, suffix);
        URL url = BundledFiles.class.getClassLoader().getResource(folder);
        if (url == null) return List.of();
        try {
            if ("jar".equals(url.getProtocol())) {
                return listDir(jarFileSystem(url).getPath(folder), folder, suffix);
            }
            return listDir(Path.of(url.toURI()), folder, suffix);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list bundled " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The jar's file system, opened once and kept open (it is shared by every caller). */
    private static synchronized FileSystem jarFileSystem(URL url) throws IOException, URISyntaxException {
        java.net.URI jar = java.net.URI.create(url.toURI().toString().split("!")[0]);
        try {
            return FileSystems.getFileSystem(jar);
        } catch (java.nio.file.FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(jar, Map.of());
        }
    }

    private static List<String> listDir(Path dir, String folder, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).forEach(n -> out.add(folder + "/" + n));
            Collections.sort(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data file's text and where it came from (a path, or the bundled resource name). */
    public record Named(String origin, String text) {}
}
