package org.chipgraph.spark;

import java.io.Serializable;

/** An article the job could not turn into a document, and why (one line, as the CLI would say it). */
record Reject(String origin, String reason) implements Serializable {

    /** Its line in rejects.tsv: tabs and line breaks in the text become spaces. */
    String line() {
        return flat(origin) + "\t" + flat(reason);
    }

    private static String flat(String s) {
        return s.replaceAll("[\\t\\r\\n\\u2028\\u2029\\u0085]+", " ");
    }
}
