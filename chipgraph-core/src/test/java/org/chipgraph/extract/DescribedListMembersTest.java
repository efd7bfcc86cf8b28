package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import org.junit.jupiter.api.Test;

/**
 * A list member its description introduces, a country's adjective or a capitalised place inside it ("A and the Spanish
 * start-up B", "A and a Lyon start-up called B"), is a member of the list (issue 12, session 33; en.patterns
 * coordination-described, {@link Coordination}), on an article written for it.
 */
class DescribedListMembersTest {

    @Test
    void aMemberAfterANationalityAndItsNounIsARecipientToo() {
        fact(Extraction.of("en", "describedListMembers"), "Tarrow Cloud", "supplies", "Orvedo Labs");
    }

    @Test
    void theMemberBeforeTheDescriptionKeepsItsFact() {
        fact(Extraction.of("en", "describedListMembers"), "Tarrow Cloud", "supplies", "Pellan AI");
    }

    @Test
    void aMemberCalledByItsNameAfterAPlaceIsARecipientToo() {
        fact(Extraction.of("en", "describedListMembers"), "Kestrin Compute", "supplies", "Sarvel");
    }

    @Test
    void aDescribedSecondSubjectUsesTheChipToo() {
        fact(Extraction.of("en", "describedListMembers"), "Brandt Data", "buys", "Vexa-5");
    }

    @Test
    void theDescriptionStillSeatsItsMember() {
        fact(Extraction.of("en", "describedListMembers"), "Orvedo Labs", "headquarteredIn", "Spain");
    }

    @Test
    void aPlaceBasedBeforeTheListSeatsOnlyItsFirstMember() {
        var facts = Extraction.of("en", "describedListMembers");
        fact(facts, "Pellan AI", "headquarteredIn", "Norway");
        absent(facts, "Orvedo Labs", "headquarteredIn", "Norway");
    }
}
