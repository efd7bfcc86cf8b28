package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * "Gefertigt wird er vom Auftragsfertiger X": the pronoun after a participle of fabricating that opens a passive clause
 * is the chip named last, not the company the sentence before is about; the participle is no name (team's sentence).
 */
class GermanParticipleFirstPronounTest {

    private static List<Fact> facts() { return Extraction.of("de", "partizipVornMitPronomen"); }

    @Test
    void thePronounAfterAFrontedParticipleIsTheChipNamedBefore() {
        fact(facts(), "Samsung", "fabricates", "QN-7");
    }

    @Test
    void theParticipleThatOpensTheSentenceIsNoCompany() {
        noneNamed(facts(), "Gefertigt");
    }
}
