package org.chipgraph.extract.csv;

import java.nio.file.Path;

/** What ingesting one CSV file did: its graph, the mapping used, rows read, mapped and skipped, quads written. */
public record IngestResult(String graphIri, String mapping, long rows, long mapped, long skipped, long quads,
                           String sha256, Path skippedReport) {

    public String summary() {
        return String.format("%s: %d rows read, %d mapped with %s, %d quads into <%s>%s", graphIri.substring(graphIri.lastIndexOf('/') + 1),
                rows, mapped, mapping, quads, graphIri, skipped > 0 ? ", " + skipped + " rows skipped (see " + skippedReport + ")" : "");
    }
}
