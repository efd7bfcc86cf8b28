package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 30: designing a chip is "makes" only when the chip is the verb's object (the rules of the session-30 block of
 * patterns/de.patterns; the positive sentences are rows of rule-examples/de.tsv), "sondern" without "auch" ends a list,
 * and a company compound before a name joins no list; on an article of our own.
 */
class GermanDesignVerbsTest {

    private static final List<Fact> FACTS = Extraction.of("de", "entwurfUndFertigungGetrennt");

    @Test
    void softwareDevelopedForAChipDoesNotMakeTheChip() {
        absent(FACTS, "Lumexa", "makes", "H100");
    }

    @Test
    void systemsDevelopedWithAChipDoNotMakeTheChip() {
        absent(FACTS, "Ardenholt", "makes", "H200");
    }

    @Test
    void sondernWithoutAuchJoinsNoList() {
        absent(FACTS, "Talmor", "supplies", "Dell");
    }

    @Test
    void aCompanyCompoundBeforeANameIsNoListMember() {
        absent(FACTS, "Harmanix", "subsidiaryOf", "GlobalFoundries");
    }

    @Test
    void aListWithTheRepeatedPrepositionStillGivesItsFirstMember() {
        fact(FACTS, "Brennwald", "supplies", "GlobalFoundries");
    }
}
