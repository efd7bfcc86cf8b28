package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.find;
import static org.chipgraph.extract.Extraction.noneNamed;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Names validated by their slot ({@link SlotNames}): a capitalised name with no cue, named once, becomes an entity
 * only where a rule puts it in a company or chip slot; other capitalised words (outlets, days, places, persons)
 * give no fact. Each test reads a small article written for it (extract/en, extract/de), all names invented.
 */
class SlotNamesTest {



    @Test
    void aNameInABuyersSlotBecomesADiscoveredCompany() {
        Fact f = fact(Extraction.of("en", "slotConfirmsUncuedNames"), "Brightwave Networks", "buys", "QX9");
        assertTrue(f.subject().discovered() && f.subject().type().equals("Company"), () -> f.subject().toString());
    }

    @Test
    void aConfirmedNameGivesALowerConfidenceThanAKnownName() {
        Fact found = fact(Extraction.of("en", "slotConfirmsUncuedNames"), "Brightwave Networks", "buys", "QX9");
        Fact known = fact(Extraction.of("en", "slotConfirmsUncuedNamesKnownBuyer"), "Microsoft", "buys", "QX9");
        assertTrue(found.confidence() < known.confidence(), () -> found.confidence() + " vs " + known.confidence());
    }

    @Test
    void germanCommonNounsAndPersonsInNoCompanySlotGiveNoFact() {
        List<Fact> facts = Extraction.of("de", "slotConfirmsUncuedNames");
        fact(facts, "Halvex Labs", "supplies", "Morrowind Data");
        noneNamed(facts, "Speicher", "Halvex Labs Speicher", "Angaben", "Branchenkreisen", "Lena Marsh", "Tovaro", "Washington", "Montag", "Anlagen");
    }

    @Test
    void outletsDaysPlacesAndPersonsInNoSlotGiveNoFact() {
        List<Fact> facts = Extraction.of("en", "capitalisedWordsWithoutASlotAreNoParties");
        fact(facts, "Nvidia", "supplies", "Tencent");
        noneNamed(facts, "Reuters", "Monday", "Washington", "Officials", "Lena Marsh", "Tovaro", "Computex", "Talvik", "May", "Courier", "The Courier");
    }

    @Test
    void aRegionsAdjectiveInARecipientsSlotIsNoParty() {
        // "to European telecom operators": an adjective of a region, not a company
        noneNamed(Extraction.of("en", "regionAdjectiveInASlotIsNoParty"), "European");
    }
}
