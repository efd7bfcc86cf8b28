package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.noneNamed;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * German words for companies (issue 12, item 2, session 29): a "-gesellschaft" (Handels-, Tochter-, Betreiber-) describes
 * the name after it and is no part of it; "Trade" ends a company's name as "Trading" does ("X Trade", also after a
 * hyphen name). Article of invented names in extract/de.
 */
class GermanCompanyWordsTest {
    private static final String ARTICLE = "gesellschaftUndTradeBenennenFirmen";

    @Test
    void aGesellschaftCompoundDescribesTheNameAfterIt() {
        List<Fact> facts = Extraction.of("de", ARTICLE);
        fact(facts, "Samsung", "supplies", "Orvik Trading");
        noneNamed(facts, "Almatyer Handelsgesellschaft Orvik Trading", "Handelsgesellschaft Orvik Trading");
    }

    @Test
    void tradeEndsACompanysNameAfterAHyphenName() {
        List<Fact> facts = Extraction.of("de", ARTICLE);
        fact(facts, "Micron", "supplies", "Tau-Belek Trade");
        noneNamed(facts, "Tau", "Tau-Belek", "Belek");
    }
}
