package org.chipgraph.spark;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.rdf.Iris;

/**
 * The document an article file will be, from its header lines alone, as the CLI names it: its
 * {@code # url:} when it has one, else its path under the folder given. Read before extraction so that
 * every source of one document goes to the same shard, where the second is rejected as a duplicate.
 */
final class SourceIdentity {
    private SourceIdentity() {}

    // The header syntax of ArticleReader; a malformed header stops the scan (the reader rejects the file later).
    private static final Pattern HEADER = Pattern.compile("#\\s*([A-Za-z][\\w-]*)\\s*:\\s*(.*)");

    static String docIri(byte[] bytes, String relativeName) {
        String url = url(new String(bytes, StandardCharsets.UTF_8));
        return url != null ? Iris.documentFromUrl(url) : Iris.documentAt(relativeName);
    }

    static String url(String content) {
        String url = null;
        int pos = content.startsWith("\uFEFF") ? 1 : 0;
        while (pos < content.length()) {
            int eol = content.indexOf('\n', pos);
            String line = content.substring(pos, eol < 0 ? content.length() : eol).strip();
            if (!line.startsWith("#")) break;
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) break;
            String value = m.group(2).strip();
            if (m.group(1).toLowerCase(Locale.ROOT).equals("url") && !value.isEmpty()) url = value;
            if (eol < 0) break;
            pos = eol + 1;
        }
        return url;
    }
}
