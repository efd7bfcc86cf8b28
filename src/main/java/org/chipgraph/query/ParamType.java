package org.chipgraph.query;

import java.util.Locale;

/** The type of a question parameter, which decides how a user's value becomes an RDF term. */
public enum ParamType {
    /** An entity: an absolute IRI, or a label or alias resolved to the entity's IRI. */
    IRI,
    STRING,
    INTEGER,
    DATE;

    public static ParamType parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown parameter type '" + s + "', expected IRI, string, integer or date");
        }
    }
}
