package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * English names the registry lacks: chips and companies found by their shape or their place in the sentence, and
 * words that only look like names.
 * One behaviour per test, each on a sentence written for it (src/test/resources/extract/en).
 */
class EnglishDiscoveredNamesTest {

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }

    @Test
    void discoveredChipByModelNumberShape() {
        List<Fact> facts = facts("discoveredChipByModelNumberShape");
        Fact f = fact(facts, "Alibaba", "buys", "MI308");
        assertTrue(f.object().discovered());
        assertTrue(f.confidence() < fact(facts, "AMD", "supplies", "Alibaba").confidence(), "discovered entities lower confidence");
        fact(facts, "AMD", "makes", "MI308");
    }

    @Test
    void discoveredCompanyByCorporateSuffix() {
        Fact f = facts("discoveredCompanyByCorporateSuffix").stream().filter(x -> x.relation().localName.equals("orders")).findFirst().orElseThrow();
        assertTrue(f.subject().discovered());
        assertTrue(f.subject().label().startsWith("Zhipu"), f.subject().label());
        assertTrue(f.subject().iri().contains("/company/"), f.subject().iri());
    }

    @Test
    void capitalisedCommonNounBeforeACorporateSuffixIsNoName() {
        List<Fact> facts = facts("capitalisedCommonNounBeforeSuffixIsNoName");
        // "Exports" is tagged a noun whose lemma is "export": not a name, so no company "Exports Group"
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().contains("Exports")), dump(facts));
        assertTrue(fact(facts, "Vexlon Technologies Inc.", "buys", "H20").subject().discovered());
    }

    @Test
    void aNameBeforeACommaAndADescriptionIsDiscoveredAndKnownLaterInTheArticle() {
        List<Fact> facts = facts("appositionDiscoversCompany");
        Fact order = fact(facts, "Quorvex", "orders", "Ascend 910B");
        assertTrue(order.subject().discovered());
        fact(facts, "Quorvex", "headquarteredIn", "China");
        fact(facts, "Quorvex", "denies", null);
        // "Meanwhile," is an adverb and "On Monday," a date: neither is a company
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().equals("Meanwhile") || f.subject().label().equals("Monday")), dump(facts));
    }

    @Test
    void descriptionBeforeAnUnknownNameIsNotAnAnaphor() {
        List<Fact> facts = facts("unknownApposedNameIsNotAnAnaphor");
        absent(facts, "Huawei", "buys", "Ascend 910B");
        absent(facts, "Baidu", "buys", "Ascend 910B");
    }

    @Test
    void discoveredChipNamedAfterPossessive() {
        List<Fact> facts = facts("discoveredChipAfterPossessive");
        Fact f = fact(facts, "Alibaba", "makes", "Hanguang 800");
        assertTrue(f.object().discovered());
        assertTrue(facts.stream().noneMatch(x -> x.objectLabel().equals("AI")), "\"AI chips\" names no chip:" + dump(facts));
    }

    @Test
    void nameBetweenMakerAndChipNounIsAChip() {
        List<Fact> facts = facts("nameBetweenMakerAndChipNounIsAChip");
        fact(facts, "Korvani Cloud", "buys", "Vantablade");
        fact(facts, "Nvidia", "makes", "Vantablade");
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().equals("Vantablade") && f.relation().localName.equals("supplies")), () -> "a chip supplies nothing:" + dump(facts));
    }

    @Test
    void unknownNameReadAsAdjectiveAfterDescriptor() {
        List<Fact> facts = facts("unknownNameReadAsAdjectiveAfterDescriptor");
        fact(facts, "Ventrue", "headquarteredIn", "China");
        fact(facts, "Nvidia", "supplies", "Ventrue");
    }

    @Test
    void personsPossessiveInAListIsNoCompany() {
        List<Fact> facts = facts("personsPossessiveInAListIsNoCompany");
        fact(facts, "Nvidia", "supplies", "Oracle");
        assertTrue(facts.stream().noneMatch(f -> f.objectLabel() != null && f.objectLabel().startsWith("Elon")), () -> "a person is no customer:" + dump(facts));
    }
}
