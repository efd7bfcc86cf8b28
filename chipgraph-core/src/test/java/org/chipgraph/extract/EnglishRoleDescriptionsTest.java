package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 31: a role noun ("customer", "supplier", "unit") may have a description before its company's name
 * (ROLE_DESC of en.patterns; the rows of {@code rule-examples/en.tsv} give the facts), but never a verb of saying.
 */
class EnglishRoleDescriptionsTest {

    private static List<Fact> facts() { return Extraction.of("en", "roleDescriptionBeforeTheName"); }

    @Test
    void aDescriptionAfterTheRoleNounsCommaNamesTheCustomer() {
        fact(facts(), "Velmar Cloud", "supplies", "Tavora Media");
    }

    @Test
    void aDescriptionAfterTheUnitNounsCommaNamesTheSubsidiary() {
        fact(facts(), "Pellin Semiconductor", "subsidiaryOf", "Kestrel Micro");
    }
}
