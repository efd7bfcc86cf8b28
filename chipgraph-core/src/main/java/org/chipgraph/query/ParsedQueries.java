package org.chipgraph.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * Each question's text parsed once per JVM: the endpoint answered every request by parsing its question (twice:
 * once to see its form, once to run it), 2-8 % of a request's time at 10 M quads for an answer of 100-250 rows.
 * Callers get their own copy (a {@link Query} is mutable: a page sets its limit and offset on it).
 */
final class ParsedQueries {
    /** More than the question library holds; a CLI run of query files adds one each. */
    private static final int KEEP = 256;

    private static final Map<String, Query> PARSED = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) { return size() > KEEP; }
    };

    private ParsedQueries() {}

    /** A fresh copy of the parsed {@code sparql} (a syntax error is thrown as by {@link QueryFactory#create(String)}). */
    static Query of(String sparql) {
        return shared(sparql).cloneQuery();
    }

    /**
     * The parsed {@code sparql} itself, shared by every caller and thread: only to read (its form, its prefixes), never
     * to change or run. A copy costs a walk of the whole query ({@code cloneQuery}), 10 % of a question's request
     * that answers no rows at 10 M quads, and a request made two where it needed one (its page's).
     */
    static Query shared(String sparql) {
        Query parsed;
        synchronized (PARSED) {
            parsed = PARSED.get(sparql);
        }
        if (parsed == null) {
            parsed = QueryFactory.create(sparql);
            synchronized (PARSED) {
                Query first = PARSED.putIfAbsent(sparql, parsed);
                if (first != null) parsed = first;
            }
        }
        return parsed;
    }
}
