package org.chipgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.rdf.Iris;

/**
 * Finds, before anything is written, two files of one run that would be the same document: it reads only
 * their header lines (for a {@code # url:}) and their paths. So a collision leaves the store as it was.
 * Files it cannot read are left to the full read, which reports them.
 */
public final class IdentityPrescan {
    private IdentityPrescan() {}

    private static final Pattern URL = Pattern.compile("#\\s*url\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE);

    /** Throws a {@link DocumentClash} naming both files of the first collision. */
    public static void check(SourceFiles sources) {
        Map<String, Path> seen = new HashMap<>();
        for (Path f : sources.articles()) {
            String url = urlHeader(f);
            String iri = url != null ? Iris.documentFromUrl(url) : Iris.documentAt(sources.relativeName(f));
            Path first = seen.putIfAbsent(iri, f);
            if (first != null) {
                String why = url != null ? "both have '# url: " + url + "'" : "both are '" + sources.relativeName(f) + "' under the folders given";
                throw new DocumentClash(f + ": same document as " + first + " (" + why + "), expected one source per document;"
                        + " give each a distinct '# url:' header, or ingest their common folder; nothing was ingested");
            }
        }
    }

    static String urlHeader(Path f) {
        String url = null; // the last '# url:' line counts, as for the reader
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.replace("\uFEFF", "").strip();
                if (!line.startsWith("#")) break;
                Matcher m = URL.matcher(line);
                if (m.matches() && !m.group(1).isBlank()) url = m.group(1).strip();
            }
        } catch (IOException | RuntimeException e) {
            return null; // not readable or not UTF-8: the full read says so
        }
        return url;
    }
}
