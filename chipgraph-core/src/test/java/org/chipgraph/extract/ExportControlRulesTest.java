package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Which export control a sentence speaks of and what it targets, in both languages: one behaviour per test, each on
 * an article written for it (src/test/resources/extract/en|de). The facts a sentence must give are in rule-examples.
 */
class ExportControlRulesTest {

    private static boolean has(List<Fact> facts, String s, String r, String o) { return find(facts, s, r, o).isPresent(); }

    private static boolean restricts(List<Fact> facts, String object) {
        return facts.stream().anyMatch(f -> f.relation().localName.equals("restricts") && object.equals(f.objectLabel()));
    }

    @Test
    void aChipOfferedAfterControlsIsNotRestrictedByThem() {
        List<Fact> facts = Extraction.of("en", "chipOfferedAfterControlsIsNotRestricted");
        assertTrue(!restricts(facts, "A800"), dump(facts));
    }

    @Test
    void germanChipThatFollowedControlsIsNotRestrictedByThem() {
        List<Fact> facts = Extraction.of("de", "chipNachExportkontrollenAngebotenIstNichtBeschraenkt");
        assertTrue(!restricts(facts, "A800") && !restricts(facts, "H800") && !restricts(facts, "H20"), dump(facts));
    }

    @Test
    void aSeatOfGovernmentAfterOnIsATargetNotTheIssuer() {
        List<Fact> facts = Extraction.of("en", "countryAfterOnIsNoIssuer");
        assertTrue(has(facts, "US export controls 2022-10", "restricts", "A100"), dump(facts));
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().startsWith("China")), dump(facts));
    }

    @Test
    void newControlsInAYearTheRegistryHasNoneOfAreANewMeasureOfTheArticlesMonth() {
        List<Fact> facts = Extraction.of("en", "newRulesInAYearWithoutRegistryMeasure");
        assertTrue(has(facts, "US export controls 2026-03", "restricts", "Ascend 910C"), dump(facts));
        assertTrue(has(facts, "United States", "issues", "US export controls 2026-03"), dump(facts));
    }

    @Test
    void germanGenitiveCountryAfterTheControlIssuesIt() {
        List<Fact> facts = Extraction.of("de", "ausstellerImGenitivNachDerMassnahme");
        assertTrue(has(facts, "Netherlands", "issues", "Dutch export controls"), dump(facts));
        assertTrue(has(facts, "Dutch export controls", "restricts", "China"), dump(facts));
        assertTrue(!has(facts, "Japan", "issues", "Japanese export controls 2023"), dump(facts));
    }

    @Test
    void theIssuerMayBeNamedInTheNextSentence() {
        List<Fact> facts = Extraction.of("de", "ausstellerImNachbarsatz");
        assertTrue(has(facts, "Dutch export controls", "restricts", "China"), dump(facts));
        assertTrue(!has(facts, "United States", "issues", "US export controls 2023-10"), dump(facts));
    }

    @Test
    void germanParticipleAfterTheControlMakesItANewMeasure() {
        List<Fact> facts = Extraction.of("de", "verschaerftAmSatzendeIstNeu");
        assertTrue(has(facts, "US export controls 2026-02", "restricts", "China"), dump(facts));
    }

    @Test
    void theSupplierOfAPartyBarredFromReceivingGoodsIsNotRestricted() {
        List<Fact> facts = Extraction.of("en", "supplierOfABarredPartyIsNotRestricted");
        assertTrue(restricts(facts, "Huawei"), dump(facts));
        assertTrue(!restricts(facts, "TSMC"), dump(facts));
    }

    @Test
    void aMeasureOfAnIssuerThatIsNoRegistryCountryIsLeftOutNotGivenToTheUnitedStates() {
        for (String[] a : new String[][] {{"en", "euControlsAreNoUsControls"}, {"de", "euKontrollenSindKeineUsKontrollen"}}) {
            List<Fact> facts = Extraction.of(a[0], a[1]);
            assertTrue(facts.stream().noneMatch(f -> f.subject().label().startsWith("US") || f.subject().label().equals("United States")), dump(facts));
        }
    }

    @Test
    void aGovernmentsSeatIssuesTheMeasureNotTheUnitedStates() {
        // "The government in Stockholm tightened ...", "Stockholm tightened ...": the seat's country (control-issuers.tsv)
        List<Fact> facts = Extraction.of("en", "controlIssuedByAGovernmentSeat");
        Extraction.fact(facts, "Sweden", "issues", "Swedish export controls 2026-01");
        Extraction.fact(facts, "Swedish export controls 2026-01", "restricts", "Russia");
        Extraction.fact(facts, "Swedish export controls 2026-02", "restricts", "Belarus");
        Extraction.fact(facts, "Swedish export controls 2024-05", "restricts", "Iran");
        Extraction.noneNamed(facts, "US export controls 2026-01");
    }

    @Test
    void aGermanGovernmentsSeatIssuesTheMeasure() {
        List<Fact> facts = Extraction.of("de", "controlIssuedByAGovernmentSeat");
        Extraction.fact(facts, "Sweden", "issues", "Swedish export controls 2026-01");
        Extraction.fact(facts, "Swedish export controls 2026-02", "restricts", "Belarus");
        Extraction.noneNamed(facts, "US export controls 2026-01");
    }

    @Test
    void aControlWordUsedAsAVerbIsANewDatedMeasure() {
        // "said on Tuesday it would ban sales ... to Harlow Defense": a measure of the article's time, not China's standing controls
        List<Fact> facts = Extraction.of("en", "controlWordAsVerbIsANewAct");
        Extraction.fact(facts, "Chinese export controls 2026-03", "restricts", "Harlow Defense");
        Extraction.noneNamed(facts, "Chinese export controls");
    }

    @Test
    void rawMaterialsOfAGermanBanAreNoParties() {
        // "den Export von Gallium und Antimon": goods (name-not-word), the destination is the restricted country
        List<Fact> facts = Extraction.of("de", "rawMaterialsAreNoParties");
        Extraction.fact(facts, "Chinese export controls 2024-12", "restricts", "United States");
        Extraction.noneNamed(facts, "Antimon", "Gallium");
    }

    @Test
    void aListingOnAWeekdayIsDatedToThatDayAndSoIsItsIssuing() {
        List<Fact> facts = Extraction.of("en", "listingOnAWeekdayIsDatedToThatDay");
        assertEquals("2026-03-10", Extraction.fact(facts, "US Entity List", "restricts", "Kestrel Micro").date().toString(), dump(facts));
        assertEquals("2026-03-10", Extraction.fact(facts, "United States", "issues", "US Entity List").date().toString(), dump(facts));
    }

    @Test
    void germanListingOnAWeekdayIsDatedToThatDay() {
        List<Fact> facts = Extraction.of("de", "listungAmWochentagIstDatiert");
        assertEquals("2026-03-10", Extraction.fact(facts, "US Entity List", "restricts", "Kestrel Micro").date().toString(), dump(facts));
    }

    @Test
    void controlsWidenedOnAWeekdayKeepTheirMonthsLabelAndTheDayAsDate() {
        List<Fact> facts = Extraction.of("en", "controlsWidenedOnAWeekdayAreDatedToTheDay");
        Fact issued = facts.stream().filter(f -> f.relation().localName.equals("issues")).findFirst().orElseThrow(() -> new AssertionError(dump(facts)));
        assertEquals("Japanese export controls 2026-03", issued.objectLabel(), dump(facts));
        assertEquals("2026-03-11", issued.date().toString(), dump(facts));
    }

    @Test
    void theNationalityOfADescriptionIsNoIssuer() {
        List<Fact> facts = Extraction.of("en", "descriptionsNationalityIsNoIssuer");
        assertTrue(has(facts, "US Entity List", "restricts", "Norvik Semiconductor"), dump(facts));
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().startsWith("Chinese export controls") || f.objectLabel() != null
                && f.objectLabel().startsWith("Chinese export controls")), dump(facts));
    }
}
