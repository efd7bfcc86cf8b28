package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;

import org.junit.jupiter.api.Test;

/**
 * German lone names that are no word of the language (issue 12, item 2, session 38): inside a sentence, a capitalised
 * word the tagger's model never saw and no compound of a noun it knows is a tentative name a rule's slot may confirm
 * ({@link GermanNameEdges#unknownWord}); common nouns and company descriptions the model lacks are not. Article of
 * invented names in extract/de.
 */
class GermanUnknownWordNamesTest {
    private static final String ARTICLE = "unbekannteWoerterImSlot";

    @Test
    void anUnknownWordInARecipientsSlotIsACompany() {
        fact(Extraction.of("de", ARTICLE), "Samsung", "supplies", "Dorvik");
    }

    @Test
    void aCompoundOfAKnownNounIsNoCompany() {
        noneNamed(Extraction.of("de", ARTICLE), "Halbleiterkonzerne", "Rechenzentren");
    }

    @Test
    void aCompanyDescriptionTheModelLacksIsNoCompany() {
        noneNamed(Extraction.of("de", ARTICLE), "Rechenzentrumsbetreiber", "Autozulieferer");
    }

    @Test
    void anUnknownWordAfterAnAdjectiveIsNoCompany() {
        noneNamed(Extraction.of("de", ARTICLE), "Elektronik");
    }
}
