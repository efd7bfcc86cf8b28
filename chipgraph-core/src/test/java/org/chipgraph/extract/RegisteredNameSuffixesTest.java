package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * A registered company written with its corporate suffixes ("Micron Technology", "Tokyo Electron Ltd.") is one name:
 * the suffixes are no words between the name and its verb. Sentences written for these tests (extract/en).
 */
class RegisteredNameSuffixesTest {

    @Test
    void aDesignatorAfterARegisteredNameBelongsToTheName() {
        fact(Extraction.of("en", "registeredNameWithDesignatorAfterIt"), "Micron", "supplies", "Nvidia");
    }

    @Test
    void aLegalSuffixWithItsPeriodBelongsToTheName() {
        fact(Extraction.of("en", "registeredNameWithLegalSuffixes"), "Tokyo Electron", "supplies", "SMIC");
    }

    @Test
    void aPossessiveAfterTheSuffixesIsTheNamesPossessive() {
        List<Fact> facts = Extraction.of("en", "registeredNameWithDesignatorAndPossessive");
        fact(facts, "Micron", "makes", "HBM3E");
    }
}
