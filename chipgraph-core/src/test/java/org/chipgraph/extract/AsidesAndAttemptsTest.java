package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 28's precision guards: a name inside a comparison, a source or a relative clause set off by commas is no party
 * of the clause outside it ({@link AsideSpans}); a parent named before its unit's name is no party (head-exclusion); an attempt, a wish or a purchase talked out of is no deal (the
 * {@code negation} and {@code negation-before} cues). Each on a sentence written for it (src/test/resources/extract/{en,de}).
 */
class AsidesAndAttemptsTest {

    private static List<Fact> en(String name) { return Extraction.of("en", name); }

    private static List<Fact> de(String name) { return Extraction.of("de", name); }

    @Test
    void aCompanyInAFrontedLikeIsNoPartyOfTheClause() {
        List<Fact> facts = en("likeAnotherIsNoPartyOfTheClause");
        absent(facts, "AMD", "supplies", "Microsoft");
        fact(facts, "AMD", "supplies", "Tarvane Cloud");
    }

    @Test
    void aCompanyInAFrontedUnlikeWithItsRelativeClauseIsNoParty() {
        List<Fact> facts = en("unlikeAnotherWithItsRelativeIsNoParty");
        absent(facts, "Nvidia", "supplies", "Google");
        fact(facts, "Nvidia", "supplies", "Feralis AI");
    }

    @Test
    void aCompanyInsideAWhoseClauseIsNoPartyOfTheClauseAfterIt() {
        List<Fact> facts = en("nameInsideAWhoseClauseIsNoParty");
        absent(facts, "Supermicro", "supplies", "Google");
        fact(facts, "Supermicro", "supplies", "Dravik Cloud");
    }

    @Test
    void einNameImRelativsatzIstKeineParteiDesSatzesDanach() {
        absent(de("nameImRelativsatzIstKeinePartei"), "Samsung", "supplies", "Nokia");
    }

    @Test
    void einVergleichZwischenKommasNenntKeinePartei() {
        List<Fact> facts = de("vergleichZwischenKommasIstKeinePartei");
        absent(facts, "Nvidia", "supplies", "Google");
        fact(facts, "Nvidia", "supplies", "Feralis AI");
    }

    @Test
    void aPurchaseOnlyHopedForIsNoPurchase() {
        List<Fact> facts = en("hopedPurchaseIsNoPurchase");
        absent(facts, "Qorvik Labs", "buys", "H200");
        absent(facts, "Nvidia", "supplies", "Qorvik Labs");
    }

    @Test
    void aPurchaseOnlyConsideredIsNoPurchase() {
        absent(en("consideredPurchaseIsNoPurchase"), "AMD", "supplies", "Tencent");
    }

    @Test
    void buyersTalkedOutOfAPurchaseBuyNothing() {
        List<Fact> facts = en("buyersTalkedOutOfAPurchaseBuyNothing");
        absent(facts, "Nvidia", "supplies", "Tencent");
        absent(facts, "Nvidia", "supplies", "Baidu");
    }

    @Test
    void anAppositionInsideARelativeClauseBelongsToIt() {
        fact(en("appositionInsideARelativeClauseBelongsToIt"), "Ossery Data", "headquarteredIn", "Singapore");
    }

    @Test
    void aUnitNamedAfterItsParentIsTheRecipient() {
        List<Fact> facts = en("unitNamedAfterItsParentIsTheRecipient");
        absent(facts, "Micron", "supplies", "Tencent");
        absent(facts, "Tencent", "buys", "HBM3E");
        fact(facts, "Xorvia Cloud", "buys", "HBM3E");
    }

    @Test
    void eineUnbekannteTochterNachDerMutterIstDieEmpfaengerin() {
        List<Fact> facts = de("unbekannteTochterNachDerMutterIstDieEmpfaengerin");
        absent(facts, "SK Hynix", "supplies", "Tencent");
        fact(facts, "SK Hynix", "supplies", "Morvex");
    }

    @Test
    void aParentNounJoinedToANameByAndIsNoParent() {
        absent(en("parentNounJoinedToANameIsNoParent"), "Telmar", "subsidiaryOf", "Harrowgate Ventures");
    }

    @Test
    void aModelACompanyOwnsIsNoChipItMakes() {
        List<Fact> facts = en("aModelACompanyOwnsIsNoChip");
        absent(facts, "ByteDance", "makes", "Seedling");
        fact(facts, "ByteDance", "buys", "Ascend 910B");
    }

    @Test
    void eineLieferungDieManWollteIstKeine() {
        absent(de("gewollteLieferungIstKeine"), "Orlitz Optik", "supplies", "Huawei");
    }

    @Test
    void einUebergebenerEntwurfIstKeinErhaltenerChip() {
        absent(de("uebergebenerEntwurfIstKeinErhalt"), "TSMC", "receives", "KR-2");
    }

    @Test
    void theSpeakerOfReportedSpeechIsNoSubjectOfTheReportedClause() {
        absent(en("speakerOfReportedSpeechIsNoSubject"), "Nvidia", "fabricates", "GB300");
    }

    @Test
    void aNameInsideAnAppositionIsNoPartyOfTheClauseAfterIt() {
        List<Fact> facts = en("nameInsideAnAppositionIsNoPartyAfterIt");
        absent(facts, "Dell", "supplies", "Baidu");
        fact(facts, "Dell", "supplies", "Kelvane Data");
    }
}
