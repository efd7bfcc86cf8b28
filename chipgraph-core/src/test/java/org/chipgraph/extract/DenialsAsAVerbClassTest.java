package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import org.junit.jupiter.api.Test;

/**
 * Denials told by the verbs of denying as a class (session 34): German "bestreitet, ...", "weist ... zurück", the
 * perfect, a denial coordinated with the subject's first verb, a speaker who names no company; English "rejected the
 * accusations" and the passive. Only the denier is the fact's subject. Sentences written for these tests.
 */
class DenialsAsAVerbClassTest {

    @Test
    void bestreitetWithACommaBeforeTheInfinitive() {
        fact(Extraction.of("de", "bestreitetMitKomma"), "Orvik Technologies", "denies", null);
    }

    @Test
    void weistZurueckInThePresent() {
        fact(Extraction.of("de", "weistVorwuerfeZurueck"), "Samsung", "denies", null);
    }

    @Test
    void weisenWithoutZurueckIsNoDenial() {
        absent(Extraction.of("de", "weistDaraufHinIstKeinDementi"), "Samsung", "denies", null);
    }

    @Test
    void thePerfectZurueckgewiesen() {
        fact(Extraction.of("de", "hatZurueckgewiesen"), "SMIC", "denies", null);
    }

    @Test
    void aDenialCoordinatedWithTheSubjectsFirstVerb() {
        fact(Extraction.of("de", "undWiesZurueck"), "Infineon", "denies", null);
    }

    @Test
    void aSpeakerWithoutACompanyDeniesForTheCompanyTheReportsName() {
        fact(Extraction.of("de", "sprecherOhneFirmaWonach"), "Infineon", "denies", null);
    }

    @Test
    void frontedReportsDeniedByASpeakerAfterwards() {
        fact(Extraction.of("de", "berichteWonachSprecherDanach"), "Infineon", "denies", null);
    }

    @Test
    void frontedReportsDeniedByACompanysSpeaker() {
        fact(Extraction.of("de", "berichteWonachFirmenSprecher"), "SAP", "denies", null);
    }

    @Test
    void rejectingAccusationsIsDenying() {
        fact(Extraction.of("en", "rejectedTheAccusations"), "Huawei", "denies", null);
    }

    @Test
    void rejectingAnOfferIsNoDenial() {
        absent(Extraction.of("en", "rejectedAnOfferIsNoDenial"), "Huawei", "denies", null);
    }

    @Test
    void thePassiveNamesTheDenierAfterBy() {
        fact(Extraction.of("en", "dismissedByNamedCompany"), "Supermicro", "denies", null);
    }

    @Test
    void deniedByTheCompanyIsTheCompanyTheReportsAreAbout() {
        var facts = Extraction.of("en", "deniedByTheCompanyTheReportsAreAbout");
        fact(facts, "Oracle", "denies", null);
        absent(facts, "AMD", "denies", null);
    }
}
