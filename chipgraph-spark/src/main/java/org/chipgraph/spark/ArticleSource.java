package org.chipgraph.spark;

import java.io.Serializable;

/**
 * One article on its way to a shard: its bytes as the CLI would read them from a file, and where they came from.
 *
 * @param docIri       the document it will be (from its {@code # url:} header, else its path), which picks its shard
 * @param origin       what names it in a reject: the file, or the table file and the row's url
 * @param path         the file's path on its file system, recorded as the document's source file
 * @param relativeName its path under the folder given, its identity when it has no url
 * @param bytes        the article file's bytes, or a table row rendered as such a file; null when unreadable
 * @param unreadable   why it could not be read (a reject's reason), or null
 */
public record ArticleSource(String docIri, String origin, String path, String relativeName, byte[] bytes, String unreadable) implements Serializable {

    static ArticleSource unreadable(String docIri, String origin, String why) {
        return new ArticleSource(docIri, origin, null, null, null, why);
    }

    /** The key shards are sorted by: document first, so two sources of one document lie side by side. */
    public String sortKey() {
        return docIri + '\u0000' + origin;
    }
}
