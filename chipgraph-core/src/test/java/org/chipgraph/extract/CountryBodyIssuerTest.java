package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * "Malaysia's investment ministry said it would require a permit ...": a country of control-issuers.tsv owning a body of
 * government issues the measure (the {@code issuer-country-body} line; issue 12, session 30), on an article written for it.
 */
class CountryBodyIssuerTest {

    @Test
    void aCountrysMinistryIssuesTheMeasureItAnnounces() {
        List<Fact> facts = Extraction.of("en", "countryOwningAMinistryIssues");
        fact(facts, "Malaysian export controls 2026-02", "restricts", "Iran");
        absent(facts, "US export controls 2026-02", "restricts", "Iran");
        absent(facts, "Chinese export controls 2026-02", "restricts", "Iran");
    }
}
