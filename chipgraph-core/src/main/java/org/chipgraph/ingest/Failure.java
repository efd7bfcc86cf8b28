package org.chipgraph.ingest;

import java.nio.file.Path;

/** A source that could not be ingested, and why (a one-line message). */
public record Failure(Path file, String message) {}
