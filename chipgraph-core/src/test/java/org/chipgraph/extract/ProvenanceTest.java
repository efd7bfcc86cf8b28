package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.chipgraph.source.Article;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
    @Test
    void sentenceOffsetsIndexTheWholeFileContent() {
        Article a = Extraction.article("en", "descriptionResolvesToNearestCompany");
        List<Fact> facts = Extraction.of(a);
        assertFalse(facts.isEmpty());
        for (Fact f : facts) {
            assertEquals(f.provenance().sentence(), a.content().substring(f.provenance().start(), f.provenance().end()));
            assertEquals(NewsExtractor.NAME, f.provenance().extractor());
        }
    }
}
