package org.chipgraph.ingest;

import org.chipgraph.error.InputError;

/**
 * Two different sources would be the same document (same IRI): the second is refused, naming both
 * files, instead of silently replacing the first.
 */
public final class DocumentClash extends InputError {
    public DocumentClash(String message) { super(message); }
}
