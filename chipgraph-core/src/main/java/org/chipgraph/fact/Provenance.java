package org.chipgraph.fact;

/**
 * Where a fact comes from: its document, and either the sentence with its character offsets
 * in the document (news) or the row number and mapping (tables); and what produced it.
 */
public record Provenance(String docIri, String sentence, int start, int end,
                         Integer row, String mapping,
                         String extractor, String extractorVersion) {

    public static Provenance ofSentence(String docIri, String sentence, int start, int end,
                                        String extractor, String version) {
        return new Provenance(docIri, sentence, start, end, null, null, extractor, version);
    }

    public static Provenance ofRow(String docIri, long row, String mapping, String extractor, String version) {
        return new Provenance(docIri, null, 0, 0, Math.toIntExact(row), mapping, extractor, version);
    }
}
