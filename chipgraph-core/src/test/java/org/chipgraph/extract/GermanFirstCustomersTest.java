package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * German first customers named in the nominative with no owner (session 34): "Als erster Kunde steht Y fest", "als erster
 * Großkunde hat Y unterschrieben", "Als erste Mieter stehen Y und Z fest" are the customers of the company the paragraph
 * has been telling of ({@link ImplicitOwner}, {@link Coreference#passageTopic}). One behaviour per test, on an article
 * written for it (src/test/resources/extract/de/ersterKundeOhneBesitzer.txt; names invented).
 */
class GermanFirstCustomersTest {

    private static List<Fact> facts() { return Extraction.of("de", "ersterKundeOhneBesitzer"); }

    @Test
    void aFirstCustomerThatStandsFixedIsTheCustomerOfTheCompanyBefore() {
        fact(facts(), "Pelvaro Systems", "supplies", "Wesermark Cloud");
    }

    @Test
    void firstTenantsAreThoseOfTheCompanyTheParagraphIsMostlyAbout() {
        List<Fact> facts = facts();
        fact(facts, "Kolbeck Rechenzentren", "supplies", "Domvera");
        fact(facts, "Kolbeck Rechenzentren", "supplies", "Rheinwacht Digital");
        absent(facts, "Ravensol Energie", "supplies", "Domvera");
    }

    @Test
    void aFirstCustomerAfterASemicolonWhoSignedIsACustomerToo() {
        fact(facts(), "Lindholm Compute", "supplies", "Tidewave AI");
    }

    @Test
    void firstCustomersInTheAccusativeKeepTheOwnerTheSentenceNames() {
        List<Fact> facts = facts();
        fact(facts, "Brisco Foundry", "supplies", "Marvane Labs");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("supplies") && "Brisco Foundry".equals(f.objectLabel())),
                () -> Extraction.dump(facts));
    }
}
