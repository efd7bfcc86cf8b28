package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * The short forms an article gives the companies it named in full (issue 12, item 2, session 33): a registered
 * company's too ("die Deutsche Telekom ... die Telekom", "Applied Materials ... Applied", "SK Hynix ... Hynix"), never
 * a trade word, never a word the registry knows as something else, never a form two companies of the article share,
 * never in another article. One behaviour per test, on sentences written for it (extract/en, extract/de).
 */
class ArticleShortFormsTest {

    private static EntityDiscovery discovery(Map<String, EntityRef> registry) {
        return new EntityDiscovery(NameShapes.of("en"), registry,
                PatternFile.parse("test", "stop-words = the\nname-generic-word = Advanced|Global\nfirst-name = Robert\n"), List.of(), Set.of("Tokyo", "China"));
    }

    private static EntityRef company(String label) { return new EntityRef("urn:test:" + label, label, "Company", true); }

    @Test
    void germanShortFormOfARegisteredCompanyIsThatCompany() {
        List<Fact> facts = Extraction.of("de", "kurzformEinesRegistriertenNamens");
        fact(facts, "Deutsche Telekom", "orders", "H200");
        noneNamed(facts, "Telekom");
    }

    @Test
    void englishShortFormOfARegisteredCompanyIsThatCompany() {
        List<Fact> facts = Extraction.of("en", "registeredShortFormAfterFullName");
        fact(facts, "Applied Materials", "buys", "H100");
        noneNamed(facts, "Applied");
    }

    @Test
    void afterTwoCapitalsTheNextWordIsTheShortForm() {
        List<Fact> facts = Extraction.of("en", "twoCapitalPrefixBeforeTheShortForm");
        fact(facts, "SK Hynix", "supplies", "Nvidia");
        noneNamed(facts, "Hynix");
    }

    @Test
    void aShortFormSaysNothingInAnotherArticle() {
        Extraction.of("en", "registeredShortFormAfterFullName");
        List<Fact> facts = Extraction.of("en", "shortFormStaysInItsArticle");
        absent(facts, "Applied Materials", "buys", "H100");
    }

    @Test
    void theShortFormFollowsANationsAdjectiveOrTwoCapitals() {
        EntityDiscovery d = discovery(EntityDiscovery.index());
        assertEquals("Telekom", d.shortForm("Deutsche Telekom"));
        assertEquals("Hynix", d.shortForm("SK Hynix"));
        assertEquals("Applied", d.shortForm("Applied Materials"));
        assertEquals("Vantiro", d.shortForm("Vantiro Photonics GmbH"));
    }

    @Test
    void aTradeWordIsNoShortForm() {
        EntityDiscovery d = discovery(EntityDiscovery.index());
        assertNull(d.shortForm("Tokyo Electron"), "a place and a trade word");
        assertNull(d.shortForm("China Mobile"));
        assertNull(d.shortForm("SK Telecom"));
        assertNull(d.shortForm("Public Investment Fund"), "an ordinary adjective first");
        assertNull(d.shortForm("Robert Kestrin"), "a given name is a person's");
    }

    @Test
    void aPartTheRegistryKnowsIsNoShortForm() {
        Map<String, EntityRef> registry = EntityDiscovery.index();
        EntityRef toyota = EntityRef.known("urn:test:toyota", "Toyota", "Company");
        registry.put("Company:" + EntityDiscovery.normal("Toyota", "Company"), toyota);
        ArticleShortForms forms = new ArticleShortForms(discovery(registry));
        assertNull(forms.claim(company("Toyota Kestrel Trading"), "Toyota Kestrel Trading"), "Toyota names the registry's Toyota");
    }

    @Test
    void theSecondCompanyToClaimAShortFormTakesItFromTheFirst() {
        ArticleShortForms forms = new ArticleShortForms(discovery(EntityDiscovery.index()));
        EntityRef optics = company("Lindqvist Optics"), capital = company("Lindqvist Capital");
        assertEquals("Lindqvist", forms.claim(optics, optics.label()));
        assertTrue(forms.of("Lindqvist", optics));
        assertNull(forms.claim(capital, capital.label()));
        assertTrue(!forms.of("Lindqvist", optics) && !forms.of("Lindqvist", capital), "a shared short form names neither");
        assertNull(forms.claim(optics, optics.label()), "and stays shared");
    }
}
