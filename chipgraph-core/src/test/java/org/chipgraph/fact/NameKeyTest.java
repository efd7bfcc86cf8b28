package org.chipgraph.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chipgraph.error.InputError;
import org.chipgraph.fact.NameKey.Mode;
import org.junit.jupiter.api.Test;

/** The one name key, rule by rule, on made-up names; then the project's own word lists. */
class NameKeyTest {
    private static final NameKey SMALL = small();
    private static final NameKey KEY = NameKey.standard();

    private static NameKey small() {
        try {
            Path f = Path.of("chipgraph-core/src/test/resources/fact/name-keys-small.txt");
            if (!Files.exists(f)) f = Path.of("src/test/resources/fact/name-keys-small.txt");
            return NameKey.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void caseIsIgnored() {
        assertEquals(SMALL.key("TALVIK compute"), SMALL.key("Talvik Compute"));
    }

    @Test
    void accentsAndUmlautsAreDropped() {
        assertEquals("vortex halbleiter", SMALL.key("Vörtex Hälbleiter"));
        assertEquals("creme", SMALL.key("Crème"));
    }

    @Test
    void lettersThatDecompositionKeepsAreFoldedAsTheRuleFileSays() {
        assertEquals("grossmann", SMALL.key("Großmann"));
    }

    @Test
    void aPossessiveIsDroppedWithStraightOrCurlyApostrophe() {
        assertEquals("quorvex", SMALL.key("Quorvex's"));
        assertEquals("quorvex", SMALL.key("Quorvex\u2019s"));
    }

    @Test
    void aTrailingParentheticalIsAGlossAndDropped() {
        assertEquals("lindqvar precision", SMALL.key("Lindqvar Precision (LPX)"));
    }

    @Test
    void aParentheticalInsideTheNameStays() {
        assertEquals("lindqvar uk", SMALL.key("Lindqvar (UK) GmbH"));
    }

    @Test
    void theGlossModeKeepsATrailingParenthetical() {
        assertEquals("zx 40 v2", SMALL.key("ZX-40 (v2)", Mode.ENTITY_WITH_GLOSS));
    }

    @Test
    void ampersandReadsAsAnd() {
        assertEquals(SMALL.key("Brell and Ortis"), SMALL.key("Brell & Ortis"));
        assertEquals("brell and ortis", SMALL.key("Brell&Ortis"));
    }

    @Test
    void dottedAbbreviationsAreJoined() {
        assertEquals("kvm", SMALL.key("K.V.M."));
        assertEquals(SMALL.key("KVM Systems"), SMALL.key("K.V.M. Systems"));
        assertEquals("aix", SMALL.key("A.I.X"));
    }

    @Test
    void aDotAfterAWordIsPunctuationNotAnAbbreviation() {
        assertEquals("st orvan", SMALL.key("St. Orvan"));
    }

    @Test
    void punctuationHyphensAndWhiteSpaceBecomeOneSpace() {
        assertEquals("nor tek 5", SMALL.key("  Nor-Tek,\u00A0 \t5 "));
    }

    @Test
    void corporateSuffixesAreDroppedFromTheEndRepeatedly() {
        assertEquals("orvanta", SMALL.key("Orvanta Holdings Co., Ltd."));
        assertEquals("orvanta", SMALL.key("Orvanta GmbH"));
    }

    @Test
    void aSuffixInsideTheNameStays() {
        assertEquals("orvanta holdings east", SMALL.key("Orvanta Holdings East"));
    }

    @Test
    void aNameThatIsOnlyASuffixIsKept() {
        assertEquals("holdings", SMALL.key("Holdings"));
        assertEquals("co ltd", SMALL.key("Co. Ltd."));
    }

    @Test
    void chipsAreKeyedWithTheirWordsJoined() {
        assertEquals(SMALL.key("Kestra X 500", Mode.CHIP), SMALL.key("Kestra X500", Mode.CHIP));
        assertEquals("kestrax500", SMALL.key("Kestra-X500", Mode.CHIP));
    }

    @Test
    void aLeadingVendorNameIsDroppedFromAChipKeyLongestFirst() {
        var vendors = java.util.Set.of("kestra", "kestra labs", "orvanta");
        assertEquals("x500 pro", NameKey.withoutLeadingVendor("kestra labs x500 pro", vendors));
        assertEquals("x500", NameKey.withoutLeadingVendor("orvanta kestra x500", vendors));
    }

    @Test
    void aChipNamedLikeItsVendorKeepsItsName() {
        assertEquals("kestra", NameKey.withoutLeadingVendor("kestra", java.util.Set.of("kestra")));
        assertEquals("x500", NameKey.withoutLeadingVendor("x500", java.util.Set.of("kestra")));
    }

    @Test
    void theSpellingModeKeepsSuffixesAndGlosses() {
        assertEquals("orvanta gmbh lpx", SMALL.key("Orvanta GmbH (LPX)", Mode.SPELLING));
        assertEquals("vortex", SMALL.key("VÖRTEX", Mode.SPELLING));
    }

    @Test
    void theScorerModeKeepsAccentsAndUsesTheScorersSuffixes() {
        assertEquals("vörtex", SMALL.key("Vörtex Inc.", Mode.SCORER));
        assertEquals("orvanta gmbh", SMALL.key("Orvanta GmbH", Mode.SCORER));
        assertEquals("u s", SMALL.key("U.S.", Mode.SCORER));
        assertEquals("brell and ortis lpx", SMALL.key("Brell & Ortis (LPX)", Mode.SCORER));
    }

    @Test
    void aNameOfPunctuationOnlyHasAnEmptyKey() {
        assertEquals("", SMALL.key(" -- . "));
    }

    @Test
    void aSuffixWordIsRecognisedWithOrWithoutDots() {
        assertTrue(SMALL.isSuffix("GMBH"));
        assertTrue(KEY.isSuffix("Inc."));
        assertFalse(KEY.isSuffix("Systems"));
    }

    @Test
    void aBadRuleLineIsAnErrorNamingTheLine() {
        var e = assertThrows(InputError.class, () -> NameKey.parse("rules.txt", "suffix gmbh\nsufix ag\n"));
        assertEquals("rules.txt:2: unknown rule 'sufix', expected fold, suffix or scorer-suffix", e.getMessage());
        e = assertThrows(InputError.class, () -> NameKey.parse("rules.txt", "suffix GmbH\n"));
        assertEquals("rules.txt:1: suffix word 'GmbH' must be written as a key (lower case, letters and digits)", e.getMessage());
    }

    @Test
    void theProjectListDropsTheCommonSuffixesOfEveryCountry() {
        for (String suffix : new String[] {"Inc.", "Co., Ltd.", "AG", "GmbH", "Holdings", "Technologies", "S.A.", "S.p.A.", "B.V.", "Sdn. Bhd.", "SE"}) {
            assertEquals("orvanta", KEY.key("Orvanta " + suffix), suffix);
        }
    }
}
