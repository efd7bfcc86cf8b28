package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 29: what a German article calls a company after naming it (a short form after a country adjective, its people,
 * an index compound), on articles of our own.
 */
class GermanLaterNamesTest {

    @Test
    void theWordAfterACountryAdjectiveNamesTheCompanyLaterInTheArticle() {
        List<Fact> facts = Extraction.of("de", "kurzformNachLaenderadjektiv");
        Fact f = fact(facts, "Deutsche Kalibra", "orders", "H200");
        assertTrue(f.subject().discovered(), dump(facts));
    }

    @Test
    void anotherNameWithTheSameAdjectiveIsAnotherCompany() {
        List<Fact> facts = Extraction.of("de", "kurzformNachLaenderadjektiv");
        fact(facts, "Deutsche Sorvana", "orders", "B200");
        Extraction.absent(facts, "Deutsche Kalibra", "orders", "B200");
    }

    @Test
    void aPeopleAfterItsCompanyIsThatCompany() {
        List<Fact> facts = Extraction.of("de", "voelkernamenAlsVerweis");
        fact(facts, "Micron", "supplies", "Kavento Data");
    }

    @Test
    void aPeopleStandingForACompanyPlacesIt() {
        List<Fact> facts = Extraction.of("de", "voelkernamenAlsVerweis");
        fact(facts, "Micron", "headquarteredIn", "United States");
    }

    @Test
    void aPeopleWithNoCompanyOfTheirsNamedIsNoReference() {
        List<Fact> facts = Extraction.of("de", "voelkernamenAlsVerweis");
        assertTrue(facts.stream().noneMatch(f -> "Japan".equals(f.objectLabel())), dump(facts));
    }

    @Test
    void anIndexCompoundDescribesTheCompanyBefore() {
        List<Fact> facts = Extraction.of("de", "indexKonzernAlsVerweis");
        fact(facts, "Veltrona", "supplies", "Quintara Systems");
        Extraction.noneNamed(facts, "MDax");
    }

    @Test
    void aRelativeClauseAfterACompanyCompoundBelongsToTheCompany() {
        List<Fact> facts = Extraction.of("de", "voelkernamenAlsVerweis");
        // ("die Halvor-Gruppe" names the group, "Halvor Group", since session 37: GroupUnitNames)
        fact(facts, "Brisento", "subsidiaryOf", "Halvor Group");
    }
}
