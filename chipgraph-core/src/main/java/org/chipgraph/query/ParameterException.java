package org.chipgraph.query;

import org.chipgraph.error.UsageError;

/**
 * A parameter that would make a question answer something else than was asked: missing, repeated, of the
 * wrong class, ambiguous or unknown. The CLI exits 2 on it (usage), the endpoint answers 400.
 */
public final class ParameterException extends UsageError {
    public ParameterException(String message) { super(message); }
}
