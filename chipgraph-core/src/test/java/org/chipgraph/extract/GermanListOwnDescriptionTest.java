package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 33: a list whose later member has its own article ("der Onlinehändler A und der Logistikdienst B") is no
 * apposition of the singular description before it, so a slot takes every member; a list without one still gives the
 * description to its first member only (extract/de/listenMitEigenerBeschreibung.txt).
 */
class GermanListOwnDescriptionTest {

    private static List<Fact> facts() { return Extraction.of("de", "listenMitEigenerBeschreibung"); }

    @Test
    void aLaterMemberWithItsOwnDescriptionStaysInTheList() {
        fact(facts(), "Quellwerk Systems", "supplies", "Trelko Logistik");
    }

    @Test
    void theFirstMemberIsStillNamed() {
        fact(facts(), "Quellwerk Systems", "supplies", "Marvion Retail");
    }

    @Test
    void aSingularDescriptionBeforeAPlainListDescribesItsFirstMemberOnly() {
        fact(facts(), "Weslar Telecom", "headquarteredIn", "Germany");
        absent(facts(), "Kastor Networks", "headquarteredIn", "Germany");
    }
}
