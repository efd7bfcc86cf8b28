package org.chipgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chipgraph.error.InputError;
import org.junit.jupiter.api.Test;

/** The cheap sentence signals, each on a sentence of our own. */
class SentenceSignalsTest {
    private final SentenceSignals signals = SentenceSignals.standard();

    @Test
    void anEnglishPassiveIsABeFormWithAParticipleShortlyAfter() {
        assertTrue(signals.passive("en", "the chips were quietly shipped by Kestrel Semi"));
        assertTrue(signals.passive("en", "the accelerator is built by a contract maker"));
        assertFalse(signals.passive("en", "Kestrel Semi shipped the chips"));
    }

    @Test
    void aGermanPassiveIsAWerdenFormWithAGeParticipleAnywhereInTheClause() {
        assertTrue(signals.passive("de", "die Chips werden seit Jahren von Kestrel Semi ausgeliefert"));
        assertFalse(signals.passive("de", "Kestrel Semi wird die Chips liefern"));
    }

    @Test
    void aGermanRelativeClauseNeedsItsComma() {
        assertTrue(signals.relativeClause("de", " , der seit Jahren Speicher von "));
        assertFalse(signals.relativeClause("de", " liefert die Chips an "));
        assertTrue(signals.relativeClause("en", " which buys memory from "));
    }

    @Test
    void germanVerbFinalIsASubordinateClauseOrAnAuxiliaryWithTheVerbAtTheEnd() {
        assertTrue(signals.verbFinal("de", " dass ", " künftig Speicher von ", " bezieht."));
        assertTrue(signals.verbFinal("de", "", " hat im Mai Speicher an ", " geliefert."));
        assertFalse(signals.verbFinal("de", "", " liefert Speicher an ", "."));
        assertFalse(signals.verbFinal("en", " that ", " ships memory to ", "."));
    }

    @Test
    void aNationalityIsACountryAFewWordsBeforeTheNameOrInAnAppositionAfterIt() {
        assertTrue(signals.nationality(true, " memory maker "));
        assertFalse(signals.nationality(true, " officials said on Monday that "));
        assertTrue(signals.nationality(false, ", a "));
        assertTrue(signals.nationality(false, " Semiconductor, the largest "));
        assertFalse(signals.nationality(false, " opened an office in "));
    }

    @Test
    void aListJointIsNothingButCommasAndConjunctions() {
        assertTrue(signals.joint(", "));
        assertTrue(signals.joint(", and "));
        assertTrue(signals.joint(" und "));
        assertTrue(signals.joint(" and the "));
        assertFalse(signals.joint(" the "));
        assertFalse(signals.joint(" ships to "));
        assertFalse(signals.joint(""));
    }

    @Test
    void farApartIsMoreWordsThanTheLimit() {
        assertFalse(signals.farApart(" ships memory to "));
        assertTrue(signals.farApart(" said on Tuesday in a statement after its annual meeting in the north that it ships memory to "));
        assertEquals(3, SentenceSignals.words(" ships memory to "));
    }

    @Test
    void aNewsAgencyIsASource() {
        assertTrue(signals.source(ScorerNames.key("Reuters")));
        assertFalse(signals.source(ScorerNames.key("Kestrel Semi")));
    }

    @Test
    void aLineWithoutLanguageAndNameIsAnErrorNamingTheLine() {
        InputError e = assertThrows(InputError.class, () -> SentenceSignals.parse("signals.txt", "# lists\nen passive-auxiliary: is\nrelative which\n"));
        assertTrue(e.getMessage().startsWith("signals.txt:3: expected 'LANG NAME: words'"), e.getMessage());
    }
}
