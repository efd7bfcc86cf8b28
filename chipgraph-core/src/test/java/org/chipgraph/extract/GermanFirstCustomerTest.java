package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import org.junit.jupiter.api.Test;

/**
 * Session 34: a first customer named as the subject with no owner ("Als erster Mieter steht Y fest", "Als erster Kunde hat Y
 * ... bestellt") is the customer of the company the article leads with ({@code owner-lead}, {@link ImplicitOwner}); on
 * articles of our own.
 */
class GermanFirstCustomerTest {

    @Test
    void aFirstTenantIsTheLeadCompanysNotThatOfTheSentenceBefore() {
        var facts = Extraction.of("de", "ersterMieterGehoertDemHauptunternehmen");
        fact(facts, "Valdorn Compute", "supplies", "Brisanto AI");
        absent(facts, "Kesselwerk Energie", "supplies", "Brisanto AI");
    }

    @Test
    void aFirstCustomerWhoOrderedBuysFromTheLeadCompany() {
        fact(Extraction.of("de", "ersterKundeHatBestellt"), "Quellmark Silicon", "supplies", "Nebelhorn Cloud");
    }
}
