package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 32: "werden" with a participle is a passive, with an infinitive a future (GermanAuxiliaries), on sentences the
 * team wrote (extract/de/werdenMitPartizipIstPassiv.txt).
 */
class GermanWerdenPassiveTest {

    private static List<Fact> facts() { return Extraction.of("de", "werdenMitPartizipIstPassiv"); }

    @Test
    void werdenBeforeAParticipleMakesNoAgentOfTheReportingCompany() {
        absent(facts(), "Lenovo", "buys", "H200");
    }

    @Test
    void aModalPassiveMakesNoAgentOfTheSource() {
        absent(facts(), "Inspur", "buys", "B200");
    }

    @Test
    void aParticipleBeforeWerdenClosingASubordinateClauseIsNoActiveVerb() {
        absent(facts(), "Inspur", "supplies", "Lenovo");
    }

    @Test
    void werdenBeforeAnInfinitiveIsTheFutureOfItsSubject() {
        fact(facts(), "Microsoft", "buys", "MI300X");
    }

    @Test
    void aModalBeforeAnInfinitiveKeepsItsSubject() {
        fact(facts(), "Meta", "buys", "Gaudi 3");
    }
}
