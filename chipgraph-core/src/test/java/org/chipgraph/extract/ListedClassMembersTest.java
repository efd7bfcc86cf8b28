package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Parties put on a list as a class ("four freight brokers") and named in the next sentence ("The companies named are
 * ...", "It also names ...") are restricted by that list; without a list named before, the same words restrict nothing
 * (issue 12, session 31; en.patterns list-anaphor), on articles written for it.
 */
class ListedClassMembersTest {

    @Test
    void theCompaniesNamedAfterAListingAreListed() {
        List<Fact> facts = Extraction.of("en", "listedClassNamedAfter");
        fact(facts, "US Entity List", "restricts", "Sandhaven Cargo");
        fact(facts, "US Entity List", "restricts", "Marrow Freight");
        fact(facts, "US Entity List", "restricts", "Tellis Shipping");
    }

    @Test
    void aCompanyOfALaterParagraphIsNotListed() {
        List<Fact> facts = Extraction.of("en", "listedClassNamedAfter");
        absent(facts, "US Entity List", "restricts", "Vellum Systems");
    }

    @Test
    void itAlsoNamesWithoutAListRestrictsNothing() {
        List<Fact> facts = Extraction.of("en", "alsoNamesWithoutAList");
        for (Fact f : facts) if (f.relation().localName.equals("restricts")) throw new AssertionError("unexpected " + f);
    }
}
