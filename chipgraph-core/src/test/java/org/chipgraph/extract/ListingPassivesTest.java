package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * A listing's passive whose list its sentence does not name ("A fifth firm, X, was added for ...", "X and Y,
 * research labs that were also listed") means the list the article named before; "Also added were ..." a
 * paragraph or more after the listing still means that list; "added to the index", "listed on the Nasdaq" are no listing
 * (issue 12, session 37; en.patterns list-anaphor, ControlResolver), on articles written for it.
 */
class ListingPassivesTest {

    @Test
    void theSubjectOfAListingPassiveIsListed() {
        List<Fact> facts = Extraction.of("en", "listingPassiveAfterAList");
        fact(facts, "US Entity List", "restricts", "Mirtal Electronics");
    }

    @Test
    void theCompaniesOfARelativeClauseOfListingAreListed() {
        List<Fact> facts = Extraction.of("en", "listedAlongsideAndAddedParagraphsLater");
        fact(facts, "US Entity List", "restricts", "Ostrin Robotics");
        fact(facts, "US Entity List", "restricts", "Velkar Data");
    }

    @Test
    void alsoAddedParagraphsAfterTheListingMeansThatList() {
        List<Fact> facts = Extraction.of("en", "listedAlongsideAndAddedParagraphsLater");
        fact(facts, "US Entity List", "restricts", "Quellin Systems");
    }

    @Test
    void aListingPassiveWithoutAListBeforeRestrictsNothing() {
        List<Fact> facts = Extraction.of("en", "listingPassiveWithoutAList");
        for (Fact f : facts) if (f.relation().localName.equals("restricts")) throw new AssertionError("unexpected " + f);
    }

    @Test
    void aStockListingOrAnIndexRestrictsNothing() {
        List<Fact> facts = Extraction.of("en", "addedToAnIndexIsNoListing");
        for (Fact f : facts) if (f.relation().localName.equals("restricts")) throw new AssertionError("unexpected " + f);
    }
}
