package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 40 (issue-12-s40-coord): a description after a list that counts its members instead of taking an article
 * ("A and B, two Japanese chipmakers") describes every member, so the nationality in it seats each of them.
 */
class CountedListDescriptionTest {
    private static final List<Fact> EN = Extraction.of("en", "countedDescriptionAfterList");

    @Test
    void aCountedDescriptionSeatsEveryMemberOfTheList() {
        fact(EN, "Korvex Systems", "headquarteredIn", "Japan");
        fact(EN, "Maltrin Labs", "headquarteredIn", "Japan");
    }

    @Test
    void bothCountsAsTheWholeList() {
        fact(EN, "Dravik Systems", "headquarteredIn", "South Korea");
        fact(EN, "Solmer Labs", "headquarteredIn", "South Korea");
    }

    @Test
    void aCountOfSomethingElseSeatsNoOne() {
        absent(EN, "Tarvo Systems", "headquarteredIn", "Japan");
    }

    @Test
    void aGermanCountedDescriptionSeatsEveryMember() {
        List<Fact> de = Extraction.of("de", "gezaehlteBeschreibungNachListe");
        fact(de, "Kervan Systems", "headquarteredIn", "Japan");
        fact(de, "Moltra Labs", "headquarteredIn", "Japan");
    }
}
