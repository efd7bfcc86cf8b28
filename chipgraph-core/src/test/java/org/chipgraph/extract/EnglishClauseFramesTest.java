package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.dump;
import static org.chipgraph.extract.Extraction.fact;
import static org.chipgraph.extract.Extraction.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.chipgraph.error.InputError;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * An English frame line ("frame supplies 0.8 : SUPPLY agent={Company:s} to={Company:o}") is one rule per English clause
 * shape, named by its shape; each is checked on a rendered sentence (placeholders as the extractor writes them), and the
 * frames of patterns/en.patterns on small articles (src/test/resources/extract/en).
 */
class EnglishClauseFramesTest {
    private static final String HEAD = "verb-classes english = extract/frames/test-en.verbs.tsv\n";

    /** The chip nouns a theme frame needs (en.references.tsv rows). */
    private static final Map<String, String> CHIP_NOUNS = ReferenceNouns.wordClasses("t.tsv", "chip-noun\tone\tchip | card\nchip-noun\tmany\tchips | cards\n");

    private static Map<String, PatternFile.Rule> shapes(String frame) {
        PatternFile f = PatternFile.parse("t.patterns", HEAD + frame + "\n", CHIP_NOUNS);
        return f.rules.stream().collect(Collectors.toMap(r -> r.origin().substring(r.origin().lastIndexOf(':') + 1), r -> r));
    }

    private static final String SUPPLY_TO = "frame supplies 0.8 : SUPPLY agent={Company:s} to={Company:o}";
    private static final String FAB_CHIP = "frame fabricates 0.8 : FABRICATE agent={Company:s} theme={Chip:o} by=by|at";

    /** Does any shape of the frame match, with subject and object the given mention numbers? */
    private static boolean gives(String frame, String rendered, String s, String o) {
        for (PatternFile.Rule r : shapes(frame).values()) {
            Matcher m = r.pattern().matcher(rendered);
            while (m.find()) if (m.group("s").equals(s) && m.group("o").equals(o)) return true;
        }
        return false;
    }

    private static boolean any(String frame, String rendered) {
        return shapes(frame).values().stream().anyMatch(r -> r.pattern().matcher(rendered).find());
    }

    private static List<Fact> facts(String name) { return Extraction.of("en", name); }

    @Test
    void aPrepositionFrameGivesActiveSecondRoleCoordinatedRelativeAndTwoPassiveShapes() {
        Map<String, PatternFile.Rule> s = shapes(SUPPLY_TO);
        assertEquals(java.util.Set.of("active", "second-role", "coordinated", "relative", "passive", "passive-role-first"), s.keySet());
        assertTrue(s.values().stream().allMatch(r -> r.origin().startsWith("t.patterns:2:") && r.confidence() == 0.8));
    }

    @Test
    void aThemeFrameWithoutTheChipNounsIsAnInputErrorNamingTheLine() {
        InputError e = assertThrows(InputError.class, () -> PatternFile.parse("t.patterns", HEAD + FAB_CHIP + "\n"));
        assertTrue(e.getMessage().startsWith("t.patterns:2:") && e.getMessage().contains("chip-noun"), e.getMessage());
    }

    @Test
    void theChipNounsAfterATheNameComeFromTheWordClasses() {
        // "cards" is a chip noun of the word classes given, "boards" is none
        assertTrue(gives(FAB_CHIP, "The §H1§ cards, made by §C2§, sell well.", "2", "1"));
        assertFalse(gives(FAB_CHIP, "The §H1§ boards, made by §C2§, sell well.", "2", "1"));
    }

    @Test
    void aThemeFrameAddsTheReducedRelativeAndTheObjectRelative() {
        assertEquals(java.util.Set.of("active", "coordinated", "relative", "passive", "coordinated-passive", "reduced", "theme-relative"), shapes(FAB_CHIP).keySet());
    }

    @Test
    void tenseAspectAndModalityAreTheFramesBusiness() {
        for (String v : List.of("sells", "sold", "is selling", "has been shipping", "will ship", "could soon sell", "plans to sell",
                "said it would ship", "has quietly shipped")) {
            assertTrue(gives(SUPPLY_TO, "§C0§ " + v + " 3,000 servers to §C1§ this year.", "0", "1"), v);
        }
    }

    @Test
    void theTimeAReporterGivesAfterSaidIsNoObstacle() {
        String buy = "frame buys 0.8 : BUY agent={Company:s} theme={Chip:o}";
        assertTrue(gives(buy, "§C0§ said on Monday that they had bought 3,000 §H1§ cards.", "0", "1"));
        assertTrue(gives(buy, "§C0§ said last week it would buy 3,000 §H1§ cards.", "0", "1"));
    }

    @Test
    void anAppositionOrRelativeClauseAfterTheSubjectIsSkipped() {
        assertTrue(gives(SUPPLY_TO, "§C0§, a §N1§-based start-up, sells §H2§ cards to §C3§.", "0", "3"));
        assertTrue(gives(SUPPLY_TO, "§C0§, which is also shipping racks to §C1§, grew fast.", "0", "1"));
    }

    @Test
    void aRelativeClauseMayFollowANounInAppositionAndHoldAReporter() {
        assertTrue(gives(SUPPLY_TO, "§C0§, a trading firm that §N1§ officials say sold §H2§ cards to §C3§, was fined.", "0", "3"));
    }

    @Test
    void theAntecedentOfARelativeClauseMayFollowAPreposition() {
        PatternFile.Rule relative = shapes(SUPPLY_TO).get("relative");
        Matcher m = relative.pattern().matcher("The racks are built by §C0§, which is also shipping them to §C1§.");
        assertTrue(m.find());
        assertTrue(m.start() < m.start("s") - 2, "the match begins before the antecedent, so no preposition check drops it");
    }

    @Test
    void aSecondVerbOfTheSubjectAfterAndTakesItsRole() {
        assertTrue(gives(SUPPLY_TO, "§C0§ designs servers in §N1§ and ships them to §C2§.", "0", "2"));
    }

    @Test
    void aSecondRoleOfThePrepositionAfterAndIsARoleToo() {
        assertTrue(gives(SUPPLY_TO, "§C0§ ships most of its chips to §C1§ and a smaller share to §C2§.", "0", "2"));
        assertTrue(gives(SUPPLY_TO, "§C0§ shipped two systems, one to §C1§.", "0", "1"), "goods shared out after a comma");
        assertFalse(gives(SUPPLY_TO, "§C0§ ships chips to §C1§ and §C2§ sells servers to §C3§.", "0", "3"), "another subject's role");
    }

    @Test
    void aCoordinatedVerbMayFollowTheSubjectsApposition() {
        assertTrue(gives(SUPPLY_TO, "§C0§, a firm that rents out servers, will run the site and sell capacity to §C1§.", "0", "1"));
    }

    @Test
    void thePassiveTakesTheAgentAfterBy() {
        assertTrue(gives(FAB_CHIP, "The §H0§ is manufactured by §C1§.", "1", "0"));
        assertTrue(gives(FAB_CHIP, "The §H0§ accelerators will be made at §C1§ in §N2§.", "1", "0"));
        assertTrue(gives(SUPPLY_TO, "The racks were sold to §C0§ by §C1§ in May.", "1", "0"));
        assertTrue(gives(SUPPLY_TO, "Racks shipped by §C0§ to §C1§ arrived late.", "0", "1"));
    }

    @Test
    void aParticipleAfterTheChipNamesItsAgent() {
        assertTrue(gives(FAB_CHIP, "Demand for §H0§ chips made by §C1§ is high.", "1", "0"));
    }

    @Test
    void aRelativeClauseOnTheChipNamesItsAgent() {
        assertTrue(gives("frame buys 0.8 : BUY agent={Company:s} theme={Chip:o}", "The §H0§ chips that §C1§ bought last year arrived.", "1", "0"));
    }

    @Test
    void theActivePastIsNoPassive() {
        // "was sold" is the passive: the company before it is no seller
        assertFalse(gives(SUPPLY_TO, "§C0§ was sold to §C1§ in 2019.", "0", "1"));
    }

    @Test
    void aComplementClauseIsNoRelativeClauseAndAPossessorNoChipObject() {
        // "A and B agreed that B will fabricate A's next AI chip": "that" opens what was agreed (A is no chip B makes),
        // and A owns the chip: the one fact is the foundry's work for A
        List<Fact> f = facts("frameComplementClauseAndPossessor");
        fact(f, "Rapidus", "fabricates", "Tenstorrent");
        assertEquals(1, f.stream().filter(x -> x.relation().localName.equals("fabricates")).count(), () -> "one fabricates fact expected in" + dump(f));
    }

    @Test
    void aVerbWithTheWrongArgumentTypesGivesNothing() {
        // a country is no recipient, a chip no foundry
        assertFalse(any(SUPPLY_TO, "§C0§ ships its chips to §N1§."));
        assertFalse(any(FAB_CHIP, "§H0§ makes §H1§ faster."));
    }

    @Test
    void whatIsSoldIsGoodsNotAStakeOrAUnit() {
        assertFalse(any(SUPPLY_TO, "§C0§ sold its stake in the venture to §C1§."));
        assertFalse(any(SUPPLY_TO, "§C0§ sold its server unit to §C1§."));
    }

    @Test
    void aReporterIsNoAgent() {
        assertFalse(gives(SUPPLY_TO, "§C0§ said §C1§ ships servers to §C2§.", "0", "2"));
        assertTrue(gives(SUPPLY_TO, "§C0§ said §C1§ ships servers to §C2§.", "1", "2"));
    }

    @Test
    void aRecipientThatModifiesGoodsIsNoRecipient() {
        String frame = "frame supplies 0.8 : SUPPLY_RECIPIENT agent={Company:s} theme={Company:o}";
        assertTrue(gives(frame, "§C0§ has been supplying §C1§ with memory.", "0", "1"));
        assertFalse(any(frame, "§C0§ supplies §C1§ chips to data centres."));
        assertFalse(any(frame, "§C0§ supplies §C1§'s factories."));
    }

    @Test
    void aVerbOfSeveralWordsInflectsItsFirst() {
        assertTrue(gives("frame receives 0.85 : RECEIVE agent={Company:s} theme={Chip:o}", "§C0§ took delivery of 5,000 §H1§ in May.", "0", "1"));
    }

    @Test
    void aShapeIsTriedOnlyOnSentencesWithAFormOfItsVerbs() {
        PatternFile.Rule active = shapes(SUPPLY_TO).get("active");
        assertTrue(active.requiredWords().stream().anyMatch(g -> g.containsAll(List.of("sold", "shipping", "ships"))));
    }

    @Test
    void anUnreadableFrameIsAnInputErrorNamingFileAndLine() {
        InputError e = assertThrows(InputError.class, () -> shapes("frame supplies 0.8 : SUPPLY {Company:s} to {Company:o}"));
        assertTrue(e.getMessage().startsWith("t.patterns:2:"), e.getMessage());
    }

    @Test
    void anUnknownVerbClassIsAnInputError() {
        InputError e = assertThrows(InputError.class, () -> shapes("frame supplies 0.8 : LEND agent={Company:s} to={Company:o}"));
        assertTrue(e.getMessage().contains("unknown verb class LEND"), e.getMessage());
    }

    // ---- the frames of patterns/en.patterns, end to end

    @Test
    void aDenialGivesNoSupply() {
        List<Fact> f = facts("frameDenialGivesNoSupply");
        assertTrue(find(f, "Samsung", "supplies", "Huawei").isEmpty(), () -> "unexpected supplies in" + dump(f));
    }

    @Test
    void aNegatedClauseGivesNoSupply() {
        List<Fact> f = facts("frameNegatedClauseGivesNoSupply");
        assertTrue(find(f, "TSMC", "supplies", "Huawei").isEmpty(), () -> "unexpected supplies in" + dump(f));
    }

    @Test
    void theCompanyThatSaysItIsNoSupplier() {
        List<Fact> f = facts("frameReporterIsNoAgent");
        fact(f, "Lenovo", "supplies", "Baidu");
        assertTrue(find(f, "Tencent", "supplies", "Baidu").isEmpty(), () -> "unexpected supplies in" + dump(f));
    }

    @Test
    void aStakeSoldOrChipsExportedToACountryGiveNoSupply() {
        List<Fact> f = facts("frameVerbWithoutGoodsOrCompanyGivesNoSupply");
        assertTrue(f.stream().noneMatch(x -> x.relation().localName.equals("supplies")), () -> "unexpected supplies in" + dump(f));
    }

    @Test
    void thePassiveNamesTheFoundryAndEachCoordinatedRecipientIsSupplied() {
        List<Fact> f = facts("framePassiveAndCoordinatedRecipients");
        fact(f, "TSMC", "fabricates", "H100");
        fact(f, "Nvidia", "supplies", "Tencent");
        fact(f, "Nvidia", "supplies", "Alibaba");
    }
}
