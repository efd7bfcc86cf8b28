package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * A chip named by a word without a digit, found by its slot: after a chip noun and a type word, or between a named
 * company's genitive and a chip noun (issue 12, item 2, session 39; {@link ChipSlotNames}). Article of invented names
 * in extract/de.
 */
class ChipSlotNamesTest {
    private static final String DE = "chipOhneZifferImSlot";

    /** The labels of the chips the extractor names in sentence {@code index} of the article. */
    private static Set<String> chips(int index) {
        List<SentenceMentions> sentences = Extraction.EXTRACTOR.mentions(Extraction.article("de", DE), "urn:test");
        return sentences.get(index).mentions().stream().filter(m -> m.kind().equals("chip") && !m.reference())
                .flatMap(m -> m.entities().stream()).map(e -> e.label()).collect(Collectors.toSet());
    }

    @Test
    void aWordAfterAChipNounAndATypeWordIsAChip() {
        assertTrue(chips(0).contains("Korvex"), chips(0).toString());
    }

    @Test
    void theChipOfATypeIsWhatTheBuyerOrders() {
        List<Fact> facts = Extraction.of("de", DE);
        fact(facts, "Dorstedt Cloud", "orders", "Korvex");
    }

    @Test
    void aCompoundAfterACompanysGenitiveIsItsChip() {
        assertTrue(chips(1).contains("Talvaro"), chips(1).toString());
    }

    @Test
    void aGeneralNounBeforeChipsAfterAGenitiveIsNoChip() {
        Set<String> found = chips(2);
        assertFalse(found.contains("Speicher") || found.contains("Netzwerk"), found.toString());
    }
}
