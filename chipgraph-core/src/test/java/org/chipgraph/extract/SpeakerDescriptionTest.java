package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * ", the company said": a description before a verb of saying that closes the sentence is the sentence's subject, not the
 * company named nearest before it (issue 12, session 28; {@link SpeakerDescription}), on an article written for it.
 */
class SpeakerDescriptionTest {

    @Test
    void cityDescriptionBeforeSaidGivesTheSubjectsSeat() {
        List<Fact> facts = Extraction.of("en", "speakerDescriptionIsTheSubject");
        // "Varnek Systems has reserved capacity at Hollis Foundry ..., the Portland company told analysts"
        fact(facts, "Varnek Systems", "headquarteredIn", "United States");
        absent(facts, "Hollis Foundry", "headquarteredIn", "United States");
    }

    @Test
    void companyBeforeSaidIsTheSubjectNotTheNearestOwner() {
        // "Pellarin Labs ... will spend $300 million on Corvane Micro's CM-8 accelerators ..., the company said"
        SentenceMentions first = Extraction.EXTRACTOR.mentions(Extraction.article("en", "speakerDescriptionIsTheSubject"), "urn:test").get(0);
        SentenceMentions.Named company = first.mentions().stream()
                .filter(m -> m.reference() && first.text().substring(m.start(), m.end()).endsWith("company")).findFirst().orElseThrow();
        assertEquals(List.of("Pellarin Labs"), company.entities().stream().map(e -> e.label()).toList());
    }
}
