package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.source.Article;
import org.junit.jupiter.api.Test;

/**
 * Names nobody registered (issue 12, item 2, session 30): a name before a site's noun is the site's place, not a chip its
 * owner makes; a German description the generic-noun list lacks, but the company descriptors hold (a compound on
 * "-fertiger", "-kapitalgeber"), is cut off a suffixed name; a German participle of a verb class heading the sentence is
 * no name. One behaviour per test, on articles of invented names.
 */
class SiteDescriptorAndParticipleNamesTest {

    @Test
    void aNameBeforeASitesNounIsNoChip() {
        List<Fact> facts = Extraction.of("en", "siteNounAfterAName");
        fact(facts, "Ostrava Cloud", "orders", "H200");
        noneNamed(facts, "Dunmore", "Lindau", "Pardubice");
    }

    @Test
    void aGermanDescriptorCompoundIsNoPartOfTheSuffixedNameAfterIt() {
        List<Fact> facts = Extraction.of("de", "beschreibungVorSuffixName");
        fact(facts, "Halmer Metall GmbH", "supplies", "Norvik");
        noneNamed(facts, "Sauerländer Blechfertiger Halmer Metall", "Blechfertiger Halmer Metall");
    }

    @Test
    void aGermanCapitalProviderIsADescriptorBeforeAName() {
        Article a = Extraction.article("de", "beschreibungVorSuffixName");
        List<String> labels = Extraction.EXTRACTOR.mentions(a, "urn:test:beschreibungVorSuffixName").get(1).mentions().stream()
                .flatMap(m -> m.entities().stream()).map(EntityRef::label).toList();
        assertTrue(labels.contains("Donauwert Ventures"), labels.toString());
        assertFalse(labels.stream().anyMatch(l -> l.contains("kapitalgeber")), labels.toString());
    }

    @Test
    void aGermanParticipleHeadingTheSentenceIsNoName() {
        List<Fact> facts = Extraction.of("de", "partizipAmSatzanfang");
        noneNamed(facts, "Hergestellt", "Verkauft");
        fact(facts, "Ostmark Systems", "supplies", "Bosch");
    }
}
