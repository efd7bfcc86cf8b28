package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 40: a successor named by a description ("einen Nachfolger namens X", "Ein zweites Modell, der X", "a successor,
 * the X") is made by the maker of the chip of the same name stem the article named before, not by the maker of the chip
 * named last ({@link SuccessorModels}). Articles written for these tests (extract/de, extract/en; names invented).
 */
class SuccessorModelsTest {
    private static final List<Fact> DE = Extraction.of("de", "nachfolgerMitBeschreibung");
    private static final List<Fact> EN = Extraction.of("en", "successorWithADescription");

    @Test
    void einNachfolgerNamensXIstVomHerstellerDesVorgaengers() {
        fact(DE, "Brennholt Silicon", "makes", "BH-20");
    }

    @Test
    void einZweitesModellMitAppositionIstVomHerstellerDesVorgaengers() {
        fact(DE, "Brennholt Silicon", "makes", "BH-12");
    }

    @Test
    void derZuletztGenannteChipEinesRivalenIstNichtDerVorgaenger() {
        absent(DE, "Marvane Semiconducteurs", "makes", "BH-20");
    }

    @Test
    void aSuccessorInAnAppositionIsMadeByTheMakerOfItsPredecessor() {
        fact(EN, "Tarnvale Systems", "makes", "TV-6");
        absent(EN, "Osprey Compute", "makes", "TV-6");
    }

    @Test
    void aNamesStemIsWhatStandsBeforeItsFirstDigit() {
        assertEquals("EW", SuccessorModels.stem("EW-80"));
        assertEquals("Xuanwu X", SuccessorModels.stem("Xuanwu X4"));
    }
}
