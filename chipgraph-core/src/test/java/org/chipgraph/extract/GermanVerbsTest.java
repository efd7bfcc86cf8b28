package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.error.InputError;
import org.junit.jupiter.api.Test;

/** The German verb classes of the clause frames (patterns/de.verbs.tsv): the forms each verb is seen in. */
class GermanVerbsTest {

    private static GermanVerbs.Verb verb(String lemma) { return GermanVerbs.verb(lemma, null); }

    @Test
    void aWeakVerbIsConjugatedByRule() {
        GermanVerbs.Verb v = verb("fertigen");
        assertEquals(List.of("fertigt", "fertigen", "fertigte", "fertigten", "fertige"), v.secondPosition());
        assertTrue(v.participles().contains("gefertigt"));
        assertTrue(v.participles().contains("gefertigten"), "the participle as an attribute");
    }

    @Test
    void aStemEndingInTTakesAnE() {
        GermanVerbs.Verb v = verb("mieten");
        assertEquals(List.of("mietet", "mieten", "mietete", "mieteten", "miete"), v.secondPosition());
        assertTrue(v.participles().contains("gemietet"));
    }

    @Test
    void anInseparablePrefixOrIerenTakesNoGe() {
        assertTrue(verb("bestellen").participles().contains("bestellt"));
        assertTrue(verb("produzieren").participles().contains("produziert"));
        assertTrue(verb("liefern").participles().contains("geliefert"));
    }

    @Test
    void aSeparableVerbIsSplitVerbSecondAndOneWordVerbLast() {
        GermanVerbs.Verb v = verb("aus|liefern");
        assertEquals("aus", v.prefix());
        assertTrue(v.secondPosition().contains("liefert"));
        assertTrue(v.lastPosition().contains("ausliefert"));
        assertTrue(v.participles().contains("ausgeliefert"));
        assertTrue(v.infinitives().contains("auszuliefern"));
    }

    @Test
    void aStrongVerbTakesItsGivenForms() {
        GermanVerbs v = GermanVerbs.parse("t.tsv", "BUY\terwerben\terwirbt erwarb erworben\n");
        GermanVerbs.Verb e = v.of("BUY", "t").get(0);
        assertEquals(List.of("erwirbt", "erwerben", "erwarb", "erwarben", "erwerbe"), e.secondPosition());
        assertTrue(e.participles().contains("erworben"));
    }

    @Test
    void aLineThatIsNoVerbIsAnInputErrorNamingFileAndLine() {
        InputError e = assertThrows(InputError.class, () -> GermanVerbs.parse("t.tsv", "# c\nSUPPLY\tNvidia\n"));
        assertTrue(e.getMessage().startsWith("t.tsv:2:"), e.getMessage());
    }

    @Test
    void anUnknownClassIsAnInputErrorNamingTheFrame() {
        GermanVerbs v = GermanVerbs.parse("t.tsv", "SUPPLY\tliefern\n");
        InputError e = assertThrows(InputError.class, () -> v.of("SELL", "de.patterns:9"));
        assertTrue(e.getMessage().startsWith("de.patterns:9:") && e.getMessage().contains("SELL"), e.getMessage());
    }

    @Test
    void theSubjunctiveOfReportedSpeechIsAFormVerbSecondAndLast() {
        GermanVerbs.Verb v = GermanVerbs.verb("aus|liefern", null);
        assertEquals("liefere", v.subjunctive());
        assertTrue(v.secondPosition().contains("liefere"));
        assertTrue(v.lastPosition().contains("ausliefere"));
    }
}
