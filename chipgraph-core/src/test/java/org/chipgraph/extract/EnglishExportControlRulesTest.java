package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * English export controls: which measure a sentence speaks of, its date, and what it restricts (and what it does
 * not).
 * One behaviour per test, each on a sentence written for it (src/test/resources/extract/en).
 */
class EnglishExportControlRulesTest {

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }

    @Test
    void entityListAdditionRestrictsCompanyAndIsIssued() {
        List<Fact> facts = facts("entityListAdditionRestrictsCompany");
        fact(facts, "US Entity List", "restricts", "Biren");
        fact(facts, "United States", "issues", "US Entity List");
    }

    @Test
    void exportBanRestrictsChipAndCountrySinceYear() {
        List<Fact> facts = facts("exportBanRestrictsChipAndCountrySinceYear");
        Fact chip = fact(facts, "US export controls 2022-10", "restricts", "H100");
        assertTrue(chip.date().toString().startsWith("2022"));
        fact(facts, "US export controls 2022-10", "restricts", "China");
        fact(facts, "United States", "issues", "US export controls 2022-10");
    }

    @Test
    void newRulesTakeTheArticleDate() {
        fact(facts("newRulesTakeTheArticleDate"), "US export controls 2023-10", "restricts", "A800");
    }

    @Test
    void companyHurtByControlsIsNotRestricted() {
        List<Fact> facts = facts("companyHurtByControlsIsNotRestricted");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("restricts")), dump(facts));
    }

    @Test
    void controlsImposedInAMonthGiveIssues() {
        fact(facts("controlImposedInGivesIssues"), "United States", "issues", "US export controls 2023-10");
    }

    @Test
    void companyUnderControlsIsRestricted() {
        List<Fact> facts = facts("companyUnderControls");
        assertTrue(facts.stream().anyMatch(f -> f.relation().localName.equals("restricts") && f.objectLabel().equals("Inspur")), dump(facts));
    }

    @Test
    void chipDesignedToComplyIsNotRestricted() {
        List<Fact> facts = facts("chipDesignedToComplyIsNotRestricted");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("restricts")), dump(facts));
        fact(facts, "MI309", "designedFor", "China");
    }

    @Test
    void blacklistedCompanyIsListedWithTheListingDate() {
        Fact f = fact(facts("blacklistedCompanyIsRestricted"), "US Entity List", "restricts", "Huawei");
        assertEquals(2019, f.date().year());
    }

    @Test
    void laterMonthThanTheArticlesIsLastYears() {
        List<Fact> facts = facts("laterMonthThanTheArticlesIsLastYears");
        fact(facts, "US export controls 2024-11", "restricts", "Micron");
        fact(facts, "US export controls 2024-11", "restricts", "China");
    }

    @Test
    void laterMonthAfterWillIsThisYears() {
        List<Fact> facts = facts("laterMonthAfterWillIsThisYears");
        assertTrue(facts.stream().noneMatch(f -> f.subject().label().endsWith("2024-11")), () -> "a measure to come is no measure of last year:" + dump(facts));
    }

    @Test
    void companyToldToStopSellingIsRestricted() {
        fact(facts("exporterNeedingALicenceIsNoRestrictedParty"), "US export controls 2025-04", "restricts", "Intel");
    }

    @Test
    void exporterNeedingALicenceIsNoRestrictedParty() {
        List<Fact> facts = facts("exporterNeedingALicenceIsNoRestrictedParty");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("restricts") && f.objectLabel().equals("AMD")), () -> "AMD only needs a licence:" + dump(facts));
    }

    @Test
    void subjectOfARelativeClauseIsNotRestricted() {
        List<Fact> facts = facts("subjectOfARelativeClauseIsNotRestricted");
        fact(facts, "US export controls 2023-10", "restricts", "H800");
        absent(facts, "US export controls 2023-10", "restricts", "Nvidia");
    }

    @Test
    void consideredBlacklistingRestrictsNobody() {
        List<Fact> facts = facts("consideredBlacklistingRestrictsNobody");
        assertTrue(facts.stream().noneMatch(f -> f.relation().localName.equals("restricts")), () -> "a measure only considered:" + dump(facts));
    }
}
