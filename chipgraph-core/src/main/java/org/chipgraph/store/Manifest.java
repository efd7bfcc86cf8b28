package org.chipgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chipgraph.error.InputError;

/**
 * What an N-Quads file must hold, written beside it as {@code FILE.nq.manifest}: its SHA-256, its quad
 * count and the quads of each named graph. Plain tab-separated lines, so any job (a Spark task writing
 * shards) can write one:
 * <pre>
 * # chipgraph manifest 1
 * sha256	HEX of the .nq file's bytes
 * quads	TOTAL
 * graph	IRI	QUADS      (one line per named graph; quads in the default graph under the IRI "default")
 * </pre>
 */
public record Manifest(String sha256, long quads, Map<String, Long> graphs) {

    public static final String HEADER = "# chipgraph manifest 1";
    public static final String DEFAULT_GRAPH = "default";

    /** Where the manifest of {@code nq} lies. */
    public static Path beside(Path nq) {
        return nq.resolveSibling(nq.getFileName() + ".manifest");
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(HEADER);
        out.add("sha256\t" + sha256);
        out.add("quads\t" + quads);
        graphs.forEach((g, n) -> out.add("graph\t" + g + "\t" + n));
        return out;
    }

    public void write(Path file) throws IOException {
        Files.write(file, lines(), StandardCharsets.UTF_8);
    }

    /** Reads a manifest; null when there is none; a malformed one is an error naming its line. */
    public static Manifest read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new InputError(file + ": cannot read the manifest (" + FileErrors.plain(e) + ")");
        }
        String sha = null;
        Long quads = null;
        Map<String, Long> graphs = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            try {
                switch (f[0]) {
                    case "sha256" -> { if (f.length != 2 || !f[1].matches("[0-9a-f]{64}")) throw new IllegalArgumentException("sha256\tHEX (64 lower-case hex digits)"); sha = f[1]; }
                    case "quads" -> { if (f.length != 2) throw new IllegalArgumentException("quads\tNUMBER"); quads = Long.parseLong(f[1]); }
                    case "graph" -> { if (f.length != 3) throw new IllegalArgumentException("graph\tIRI\tNUMBER"); graphs.merge(f[1], Long.parseLong(f[2]), Long::sum); }
                    default -> throw new IllegalArgumentException("'sha256', 'quads' or 'graph' lines");
                }
            } catch (NumberFormatException e) {
                throw new InputError(file + ":" + (i + 1) + ": not a number in '" + line + "', expected a quad count");
            } catch (IllegalArgumentException e) {
                throw new InputError(file + ":" + (i + 1) + ": malformed line '" + line + "', expected " + e.getMessage());
            }
        }
        if (sha == null || quads == null) throw new InputError(file + ": no 'sha256' or 'quads' line, expected a chipgraph manifest");
        long sum = graphs.values().stream().mapToLong(Long::longValue).sum();
        if (sum != quads) throw new InputError(file + ": its graphs add up to " + sum + " quads, but it says 'quads " + quads + "'");
        return new Manifest(sha, quads, graphs);
    }
}
