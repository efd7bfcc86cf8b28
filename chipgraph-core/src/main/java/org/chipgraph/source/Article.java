package org.chipgraph.source;

import java.nio.file.Path;
import java.util.Map;
import org.chipgraph.fact.PartialDate;

/**
 * A news article as read from its file.
 *
 * @param file      where it was read from
 * @param name      the file's base name ("001.txt"), which identifies the document
 * @param content   the whole decoded file; sentence offsets index into this string
 * @param bodyStart offset in {@code content} where the text starts (after header lines)
 * @param headers   the "# key: value" header lines, keys lower-case
 * @param language  ISO 639-1 code ("en", "de"), from the header or detected
 * @param date      the article's date: from the header, found in its first lines, or given by the user
 * @param title     header title, or null
 * @param url       header url, or null
 * @param sha256    hex SHA-256 of the file's bytes
 */
public record Article(Path file, String name, String content, int bodyStart, Map<String, String> headers,
                      String language, PartialDate date, String title, String url, String sha256) {

    public String body() { return content.substring(bodyStart); }
}
