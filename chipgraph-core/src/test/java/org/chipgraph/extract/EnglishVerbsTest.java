package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.error.InputError;
import org.junit.jupiter.api.Test;

/** The English verb classes of the clause frames (patterns/en.verbs.tsv): the forms each verb is seen in. */
class EnglishVerbsTest {

    private static EnglishVerbs.Verb verb(String lemma) { return EnglishVerbs.verb(lemma, null); }

    @Test
    void aVerbEndingInConsonantAndYTakesIes() {
        assertEquals(List.of("supply", "supplies", "supplied", "supplied", "supplying"), verb("supply").all());
    }

    @Test
    void aShortVerbDoublesItsFinalConsonant() {
        assertEquals(List.of("ship", "ships", "shipped", "shipped", "shipping"), verb("ship").all());
        assertEquals("fabbed", verb("fab").past());
    }

    @Test
    void aLongerVerbAndOneWithTwoVowelsKeepTheirFinalConsonant() {
        assertEquals("delivered", verb("deliver").past());
        assertEquals("ordering", verb("order").ing());
        assertEquals("booked", verb("book").past());
        assertEquals("deployed", verb("deploy").past());
    }

    @Test
    void aFinalSilentEIsDroppedBeforeIng() {
        assertEquals(List.of("produce", "produces", "produced", "produced", "producing"), verb("produce").all());
    }

    @Test
    void sibilantsTakeEs() {
        assertEquals("furnishes", verb("furnish").third());
        assertEquals("ships", verb("ship").third());
    }

    @Test
    void irregularFormsComeFromTheFile() {
        EnglishVerbs v = EnglishVerbs.parse("t.tsv", "SUPPLY\tsell\tsold sold\n");
        EnglishVerbs.Verb sell = v.of("SUPPLY", "t").get(0);
        assertEquals(List.of("sell", "sells", "sold", "sold", "selling"), sell.all());
    }

    @Test
    void aLemmaOfSeveralWordsInflectsItsFirstWord() {
        EnglishVerbs.Verb v = EnglishVerbs.verb("take delivery of", new String[] {"took", "taken"});
        assertEquals(List.of("take delivery of", "takes delivery of", "took delivery of", "taken delivery of", "taking delivery of"), v.all());
        assertEquals("tapes out", verb("tape out").third());
    }

    @Test
    void theActiveFormsLeaveOutTheBareParticiple() {
        EnglishVerbs.Verb take = EnglishVerbs.verb("take", new String[] {"took", "taken"});
        assertTrue(!take.active().contains("taken") && take.passive().contains("taken"));
    }

    @Test
    void aLineThatIsNoVerbIsAnInputErrorNamingFileAndLine() {
        InputError e = assertThrows(InputError.class, () -> EnglishVerbs.parse("t.tsv", "# c\nSUPPLY\tNvidia\n"));
        assertTrue(e.getMessage().startsWith("t.tsv:2:"), e.getMessage());
    }

    @Test
    void irregularFormsMustBeTwo() {
        InputError e = assertThrows(InputError.class, () -> EnglishVerbs.parse("t.tsv", "SUPPLY\tsell\tsold\n"));
        assertTrue(e.getMessage().contains("two irregular forms"), e.getMessage());
    }

    @Test
    void anUnknownClassNamesTheClassesThereAre() {
        EnglishVerbs v = EnglishVerbs.parse("t.tsv", "SUPPLY\tsupply\n");
        InputError e = assertThrows(InputError.class, () -> v.of("BUY", "f:3"));
        assertTrue(e.getMessage().contains("unknown verb class BUY") && e.getMessage().contains("SUPPLY"), e.getMessage());
    }

    @Test
    void eachClassIsAWordClassOfRulesWithItsBaseFormsAndParticiples() {
        java.util.Map<String, String> w = EnglishVerbs.parse("t.tsv", "CONTROL\trely on\nCONTROL\tchoose\tchose chosen\n").wordClasses();
        java.util.regex.Pattern all = java.util.regex.Pattern.compile(w.get("VERB_CONTROL"));
        java.util.regex.Pattern base = java.util.regex.Pattern.compile(w.get("VERB_CONTROL_BASE"));
        java.util.regex.Pattern participle = java.util.regex.Pattern.compile(w.get("VERB_CONTROL_PARTICIPLE"));
        assertTrue(all.matcher("relies on").matches() && all.matcher("chose").matches());
        assertTrue(base.matcher("choose").matches() && !base.matcher("chose").matches());
        assertTrue(participle.matcher("chosen").matches() && !participle.matcher("choose").matches());
    }

    @Test
    void theClassesOfTheEnglishFileAreWordClassesOfTheEnglishPatterns() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("patterns/en.verbs.tsv"));
        assertTrue(EnglishVerbs.parse("patterns/en.verbs.tsv", text).wordClasses().keySet()
                .containsAll(java.util.Set.of("VERB_CONTROL", "VERB_FABRICATE_BASE", "VERB_SUPPLY_PARTICIPLE")));
    }

    @Test
    void aRuleNamingAVerbClassRequiresOneOfItsWords() {
        // so the rule matcher tries the rule only on sentences with a form of the class
        java.util.Map<String, String> w = EnglishVerbs.parse("t.tsv", "CONTROL\trely on\nCONTROL\ttap\n").wordClasses();
        java.util.List<java.util.Set<String>> required = PatternFile.requiredWords("§C0§ \\b" + w.get("VERB_CONTROL") + " §C1§");
        assertTrue(required.stream().anyMatch(ws -> ws.containsAll(java.util.Set.of("relies", "tap"))), required.toString());
    }
}
