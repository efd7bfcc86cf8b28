package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chipgraph.error.InputError;
import org.junit.jupiter.api.Test;

/**
 * A frame line of a pattern file ("frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}") is one rule per German
 * clause shape, named by its shape; each is checked on a rendered sentence (placeholders as the extractor writes them).
 */
class ClauseFramesTest {
    private static final String HEAD = "verb-classes = extract/frames/test.verbs.tsv\n"
            + "define S = (?:(?:[^\\s§]++)*\\s+){0,14}?\n";

    private static Map<String, PatternFile.Rule> shapes(String frame) {
        PatternFile f = PatternFile.parse("t.patterns", HEAD + frame + "\n");
        return f.rules.stream().collect(Collectors.toMap(r -> r.origin().substring(r.origin().lastIndexOf(':') + 1), r -> r));
    }

    private static boolean matches(PatternFile.Rule r, String rendered) { return r.pattern().matcher(rendered).find(); }

    @Test
    void aFrameGivesOneRulePerClauseShapeNamedByIt() {
        Map<String, PatternFile.Rule> s = shapes("frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}");
        assertEquals(java.util.Set.of("main", "coordinated", "inverted", "last", "relative", "passive", "participle-first",
                "participle-first-recipient", "reported", "fronted", "infinitive"), s.keySet());
        assertTrue(s.values().stream().allMatch(r -> r.origin().startsWith("t.patterns:3:") && r.confidence() == 0.8));
    }

    @Test
    void aPlaceAdjectiveBeforeTheSubjectsNounNeedsTheWordClassOfWordsThatAreNone() {
        String frame = "frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}";
        String sentence = "Seit Mai liefert der Kieler Anlagenbauer §C0§ an §C1§.";
        assertFalse(matches(shapes(frame).get("inverted"), sentence));
        PatternFile f = PatternFile.parse("t.patterns", HEAD + "define NOT_PLACE_ADJECTIVE = Dieser|Jeder\n" + frame + "\n");
        assertTrue(matches(f.rules.stream().filter(r -> r.origin().endsWith(":inverted")).findFirst().orElseThrow(), sentence));
    }

    @Test
    void aWordOfTheClassNotPlaceAdjectiveIsNoPlaceAdjective() {
        String frame = "frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}";
        PatternFile f = PatternFile.parse("t.patterns", HEAD + "define NOT_PLACE_ADJECTIVE = Kieler\n" + frame + "\n");
        PatternFile.Rule inverted = f.rules.stream().filter(r -> r.origin().endsWith(":inverted")).findFirst().orElseThrow();
        assertFalse(matches(inverted, "Seit Mai liefert der Kieler Anlagenbauer §C0§ an §C1§."));
        assertTrue(matches(inverted, "Seit Mai liefert der Bremer Anlagenbauer §C0§ an §C1§."));
    }

    @Test
    void verbSecondASeparableVerbNeedsItsParticleAtTheClauseEnd() {
        PatternFile.Rule main = shapes("frame fabricates 0.8 : FABRICATE agent={Company:s} für={Company:o}").get("main");
        assertTrue(matches(main, "§C0§ stellt für §C1§ künftig Chips her."));
        assertFalse(matches(main, "§C0§ stellt für §C1§ einen neuen Chip vor."));
    }

    @Test
    void verbLastTheSeparableVerbIsOneWord() {
        PatternFile.Rule last = shapes("frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}").get("last");
        assertTrue(matches(last, "Analysten erwarten mehr, weil §C0§ die Stapel an §C1§ ausliefert."));
        assertTrue(matches(last, "Analysten erwarten mehr, nachdem §C0§ 3.000 Module an §C1§ geliefert hat."));
    }

    @Test
    void anAuxiliaryVerbSecondCountsWhenTheClassClosesTheClause() {
        PatternFile.Rule main = shapes("frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}").get("main");
        assertTrue(matches(main, "§C0§ hat bis Juni Speicher an §C1§ ausgeliefert."));
        assertFalse(matches(main, "§C0§ hat bis Juni Speicher an §C1§ verloren."));
    }

    @Test
    void thePassiveTakesTheAgentAfterVon() {
        PatternFile.Rule passive = shapes("frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}").get("passive");
        var m = passive.pattern().matcher("Die Module sollen von §C0§ an §C1§ ausgeliefert werden.");
        assertTrue(m.find());
        assertEquals("0", m.group("s"));
        assertEquals("1", m.group("o"));
    }

    @Test
    void aThemeFrameHasObjectRelativeAndPassiveLastButNoFrontedRole() {
        Map<String, PatternFile.Rule> s = shapes("frame buys 0.8 : BUY agent={Company:s} theme={Chip:o}");
        assertTrue(s.keySet().containsAll(List.of("theme-relative", "passive", "passive-last")));
        assertFalse(s.containsKey("fronted"));
        assertTrue(matches(s.get("theme-relative"), "Die §H0§, die §C1§ gekauft hatte, sind da."));
        // without a passive auxiliary, "von" after the chip names its maker
        assertFalse(matches(s.get("passive-last"), "§C0§ hat §H1§ von §C2§ gekauft."));
    }

    @Test
    void aCauserIsTheSubjectOfLassen() {
        Map<String, PatternFile.Rule> s = shapes("frame fabricates 0.75 : FABRICATE causer={Company:o} bei|von={Company:s}");
        assertFalse(s.containsKey("passive"));
        var m = s.get("main").pattern().matcher("§C0§ lässt seine Chips bei §C1§ herstellen.");
        assertTrue(m.find());
        assertEquals("0", m.group("o"));
        assertEquals("1", m.group("s"));
        assertTrue(matches(s.get("last"), "Bekannt ist, dass §C0§ die Chips bei §C1§ herstellen lässt."));
    }

    @Test
    void anUnreadableFrameIsAnInputErrorNamingFileAndLine() {
        InputError e = assertThrows(InputError.class, () -> shapes("frame supplies 0.8 : SUPPLY {Company:s} an {Company:o}"));
        assertTrue(e.getMessage().startsWith("t.patterns:3:"), e.getMessage());
    }

    @Test
    void aFrameWithoutVerbClassesIsAnInputError() {
        InputError e = assertThrows(InputError.class,
                () -> PatternFile.parse("t.patterns", "frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}\n"));
        assertTrue(e.getMessage().contains("verb-classes"), e.getMessage());
    }

    @Test
    void theCompanyThatReportsIsTheAgentOfAnAgentlessPassive() {
        PatternFile.Rule reported = shapes("frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}").get("reported");
        assertTrue(matches(reported, "Wie §C0§ am Montag mitteilte, sollen die ersten Chips im Herbst an §C1§ ausgeliefert werden."));
        // a clause with a subject of its own is no agentless passive
        assertFalse(matches(reported, "Wie §C0§ am Montag mitteilte, liefert §C2§ die Chips an §C1§."));
    }

    @Test
    void aRoleFrontedWithAnAuxiliaryNeedsTheParticipleLast() {
        PatternFile.Rule fronted = shapes("frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}").get("fronted");
        assertTrue(matches(fronted, "An §C1§ hat §C0§ bereits die ersten Chips ausgeliefert."));
        assertFalse(matches(fronted, "An §C1§ hat §C0§ bereits einen Brief geschrieben."));
    }

    @Test
    void aCompanyThemeAfterVonIsThePassiveAgentNotTheObject() {
        Map<String, PatternFile.Rule> s = shapes("frame supplies 0.8 : SUPPLY_CUSTOMER agent={Company:s} theme={Company:o}");
        assertFalse(matches(s.get("main"), "§C0§ wird seit Jahren von §C1§ beliefert."));
        assertTrue(matches(s.get("passive"), "§C0§ wird seit Jahren von §C1§ beliefert."));
        // "X, das Y beliefert" is X's relative clause: no shape reads Y as the agent
        assertFalse(s.containsKey("theme-relative"));
    }

    @Test
    void aThemeFrameOpensWithItsObjectOnlyWithoutAPreposition() {
        PatternFile.Rule first = shapes("frame buys 0.8 : BUY agent={Company:s} theme={Chip:o}").get("object-first");
        assertTrue(matches(first, "Den §H0§ kauft §C1§ in großen Mengen."));
        assertTrue(matches(first, "Die §H0§ hat §C1§ im Mai gekauft."));
        assertFalse(matches(first, "Neben dem §H0§ kauft §C1§ auch andere Chips."));
    }

    @Test
    void aCompanyObjectOpensTheClauseOnlyAfterAnAccusativeArticle() {
        Map<String, PatternFile.Rule> s = shapes("frame supplies 0.8 : SUPPLY_CUSTOMER agent={Company:s} theme={Company:o}");
        assertTrue(matches(s.get("object-first"), "Den Autobauer §C0§ beliefert §C1§ seit Jahren."));
        assertFalse(matches(s.get("object-first"), "Die Firma §C0§ beliefert §C1§ seit Jahren."));
        assertFalse(matches(s.get("main"), "Den Autobauer §C0§ beliefert §C1§ seit Jahren."));
    }

    @Test
    void aParticipleOpeningThePassiveTakesTheAgentAfterVon() {
        Map<String, PatternFile.Rule> s = shapes("frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}");
        assertTrue(matches(s.get("participle-first"), "Geliefert werden die Chips von §C0§ an §C1§."));
        assertTrue(matches(s.get("participle-first-recipient"), "Ausgeliefert wurden die Module an §C1§ von §C0§."));
    }

    @Test
    void verbLastAfterAlsDaWennAndWie() {
        PatternFile.Rule last = shapes("frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}").get("last");
        for (String w : java.util.List.of("Als", "Da", "Wenn", "Wie")) {
            assertTrue(matches(last, w.toLowerCase() + " §C0§ im Mai Speicher an §C1§ lieferte, stieg der Kurs."), w);
        }
    }

    @Test
    void adverbsMayStandBetweenTheVerbAndTheSubjectAfterIt() {
        PatternFile.Rule inverted = shapes("frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}").get("inverted");
        assertTrue(matches(inverted, "Seit dem Sommer liefert nun auch §C0§ Speicher an §C1§."));
        assertTrue(matches(inverted, "Die Speicherchips liefert §C0§, der größte Hersteller §N2§'s, an §C1§."));
    }

    @Test
    void aPlainRuleNamesAVerbClassByItsWordClasses() {
        PatternFile f = PatternFile.parse("t.patterns", HEAD + "rule fabricates 0.7 : {Company:s} @VERB_FABRICATE_SECOND die Chips von {Company:o}\n"
                + "rule fabricates 0.7 : {Company:o}'s Chips werden von {Company:s} @VERB_FABRICATE_PARTICIPLE\n");
        assertTrue(matches(f.rules.get(0), "§C0§ stellt die Chips von §C1§ her."));
        assertFalse(matches(f.rules.get(0), "§C0§ stellt die Chips von §C1§ vor."));
        assertTrue(matches(f.rules.get(1), "§C0§'s Chips werden von §C1§ hergestellt."));
    }

    @Test
    void anInfinitiveClauseWithZuTakesTheMainSubjectButNotAfterDenying() {
        PatternFile.Rule inf = shapes("frame supplies 0.8 : SUPPLY agent={Company:s} an={Company:o}").get("infinitive");
        assertTrue(matches(inf, "§C0§ hat zugesagt, ab Mai Chips an §C1§ zu liefern."));
        assertTrue(matches(inf, "§C0§ hat eingeräumt, Chips an §C1§ geliefert zu haben."));
        assertFalse(matches(inf, "§C0§ bestreitet, Chips an §C1§ geliefert zu haben."));
        assertFalse(matches(inf, "§C0§ hat nicht vor, Chips an §C1§ zu liefern."));
    }

    @Test
    void aPassiveWithTheAuxiliaryBeforeTheObjectTakesVonAfterItOnlyForFabricating() {
        PatternFile.Rule buy = shapes("frame buys 0.8 : BUY agent={Company:s} theme={Chip:o}").get("passive-inverted");
        assertTrue(matches(buy, "Im Mai wurden die §H0§ vor allem von §C1§ gekauft."));
        assertFalse(matches(buy, "Im Mai wurden die §H0§ von §C1§ in China gekauft."));
        PatternFile.Rule fab = shapes("frame fabricates 0.8 : FABRICATE agent={Company:s} theme={Chip:o}").get("passive-inverted");
        assertTrue(matches(fab, "Bisher wird der §H0§ von §C1§ in §N2§ hergestellt."));
    }

    @Test
    void aRelativePassiveOnTheObjectMayBeExtraposed() {
        PatternFile.Rule rel = shapes("frame fabricates 0.8 : FABRICATE agent={Company:s} theme={Chip:o}").get("theme-relative-passive");
        assertTrue(matches(rel, "Der Speicher ist für den §H0§ von §C1§ bestimmt, der von §C2§ hergestellt wird."));
        assertFalse(matches(rel, "Der §H0§ ist für den Markt bestimmt, der von §C2§ hergestellt wird."));
    }

    @Test
    void aFormBeforeLassenIsTheCausersNotTheAgents() {
        PatternFile.Rule main = shapes("frame fabricates 0.8 : FABRICATE agent={Company:s} theme={Chip:o}").get("main");
        assertTrue(matches(main, "§C0§ hat den §H1§ in Dresden hergestellt."));
        assertFalse(matches(main, "§C0§ hat den §H1§ bei §C2§ herstellen lassen."));
    }
}

