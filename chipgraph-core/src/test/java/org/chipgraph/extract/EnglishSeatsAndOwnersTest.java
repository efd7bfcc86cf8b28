package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * English headquarteredIn and subsidiaryOf: nationality words, country possessives, 'the country's', units and
 * owners.
 * One behaviour per test, each on a sentence written for it (src/test/resources/extract/en).
 */
class EnglishSeatsAndOwnersTest {

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }

    @Test
    void nationalityAdjectiveGivesHeadquarters() {
        fact(facts("nationalityAdjectiveGivesHeadquarters"), "Cambricon", "headquarteredIn", "China");
    }

    @Test
    void basedCompoundGivesHeadquarters() {
        fact(facts("basedCompoundGivesHeadquarters"), "TSMC", "headquarteredIn", "Taiwan");
    }

    @Test
    void unitOfCompanyGivesSubsidiary() {
        fact(facts("parentCompanyGivesSubsidiary"), "HiSilicon", "subsidiaryOf", "Huawei");
    }

    @Test
    void ownerWithAModifierGivesSubsidiary() {
        fact(facts("ownerWithModifierOfSubsidiary"), "TikTok", "subsidiaryOf", "ByteDance");
    }

    @Test
    void countryPossessiveInAnAppositionGivesHeadquarters() {
        fact(facts("countryPossessiveAppositionGivesHeadquarters"), "SK Hynix", "headquarteredIn", "South Korea");
    }

    @Test
    void countryPossessiveGivesHeadquarters() {
        fact(facts("countryPossessiveGivesHeadquarters"), "SK Hynix", "headquarteredIn", "South Korea");
    }

    @Test
    void possessiveUnitGivesSubsidiary() {
        fact(facts("possessiveUnitGivesSubsidiary"), "HiSilicon", "subsidiaryOf", "Huawei");
    }

    @Test
    void nationalityAgainstTheRegistrysSeatIsDropped() {
        List<Fact> facts = facts("nationalityAgainstTheRegistrysSeat");
        absent(facts, "Samsung", "headquarteredIn", "Japan");
        fact(facts, "Kestrel Systems", "headquarteredIn", "Japan");
    }

    @Test
    void aCollectiveWithANationalityPlacesEachCompanyOfTheList() {
        List<Fact> facts = facts("collectiveWithNationalityGivesHeadquarters");
        fact(facts, "Kelvor Systems", "headquarteredIn", "Norway");
        fact(facts, "Lumeo Labs", "headquarteredIn", "Norway");
    }

    @Test
    void theCountrysRefersToTheCountryNamedBefore() {
        fact(facts("countryReferenceTakesTheCountryNamedBefore"), "Nikon", "headquarteredIn", "Japan");
    }

    @Test
    void theCountrysAfterASentenceWithTwoCountriesIsLeftUnresolved() {
        List<Fact> facts = facts("countryReferenceAfterTwoCountriesIsUnresolved");
        absent(facts, "Nikon", "headquarteredIn", "Japan");
        absent(facts, "Nikon", "headquarteredIn", "Vietnam");
    }

    @Test
    void descriptionInsideAnAppositionIsAnotherCompany() {
        List<Fact> facts = facts("descriptionInsideAnAppositionIsAnotherCompany");
        fact(facts, "Lumeo Labs", "subsidiaryOf", "Orsa Cloud");
        fact(facts, "Lumeo Labs", "headquarteredIn", "United Kingdom");
    }

    @Test
    void possessiveOfANameEndingInS() {
        fact(facts("possessiveOfANameEndingInS"), "Orsa Compute", "subsidiaryOf", "Kelvor Systems");
    }

    @Test
    void aUnitsCountryMayStandBeforeSubsidiary() {
        fact(facts("nationalityBeforeSubsidiary"), "Pellam Systems", "subsidiaryOf", "Huawei");
    }
}
