package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;

import org.junit.jupiter.api.Test;

/**
 * Session 36: a place adjective in -er between the article and the noun of a German clause's subject ("liefert der
 * Kieler Anlagenbauer X an Y") leaves the subject a subject of the clause frames (ClauseFrames.nounGap; the words that are no place adjective: de.patterns, NOT_PLACE_ADJECTIVE).
 */
class GermanPlaceAdjectiveSubjectTest {

    @Test
    void einOrtsadjektivVorDemNomenDesSubjektsLässtEsSubjektSein() {
        fact(Extraction.of("de", "ortsadjektivVorDemSubjekt"), "Halvex", "supplies", "Microsoft");
    }
}
