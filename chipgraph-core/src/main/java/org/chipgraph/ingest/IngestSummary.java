package org.chipgraph.ingest;

import java.util.List;

/** What an ingest did: counts for the summary line, and the failures to list. */
public record IngestSummary(int documents, int tables, long facts, long entities, long quads, int skipped,
                            double seconds, List<Failure> failures, List<String> graphs) {

    public IngestSummary {
        graphs = List.copyOf(graphs);
    }

    public String line() {
        return String.format("ingested %d document%s (%d article%s, %d table%s): %d facts, %d entities, %d quads written, %d file%s skipped, %d failed, %.1f s",
                documents + tables, documents + tables == 1 ? "" : "s", documents, documents == 1 ? "" : "s",
                tables, tables == 1 ? "" : "s", facts, entities, quads, skipped, skipped == 1 ? "" : "s", failures.size(), seconds);
    }
}
