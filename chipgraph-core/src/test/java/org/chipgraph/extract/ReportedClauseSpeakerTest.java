package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * "X said Y had ordered ..., the largest order in the company's history": a possessive description inside the clause a
 * company's verb of saying reports is the speaker's, not the reported company's (issue 12, session 37;
 * {@link SpeakerDescription#reporter}), on an article written for it.
 */
class ReportedClauseSpeakerTest {

    private static final List<Fact> FACTS = Extraction.of("en", "reportedClauseDescriptionIsTheSpeakers");

    @Test
    void nationalityInTheReportedClauseIsTheSpeakers() {
        // "Micron said ... that Supermicro had ordered ..., the largest order in the American company's history"
        fact(FACTS, "Micron", "headquarteredIn", "United States");
        absent(FACTS, "Supermicro", "headquarteredIn", "United States");
    }

    @Test
    void aSpeakersOfficerSpeaksForTheCompany() {
        // "CoreWeave's chief financial officer ... told investors that demand from Cohere had outgrown the company's cluster of 8,000 H200 chips"
        fact(FACTS, "CoreWeave", "buys", "H200");
        absent(FACTS, "Cohere", "buys", "H200");
    }

    @Test
    void aNationalityTheSpeakerContradictsIsNotTheSpeakers() {
        // "The Japanese lab Kotoba Systems said its next accelerator would be built by Samsung on the Korean company's ... process"
        absent(FACTS, "Kotoba Systems", "headquarteredIn", "South Korea");
    }
}
