package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * German references and clause parts of session 25, each on an article the team wrote: a company compound before a name
 * ("an die Alibaba-Tochter X"), a description named by its apposition, a pronoun after the verb second, customers first.
 */
class GermanClauseReferencesTest {

    private static List<Fact> facts(String name) { return Extraction.of("de", name); }

    @Test
    void theNameAfterACompanyCompoundIsTheRecipient() {
        fact(facts("tochterVorDemNamenIstNichtDerKunde"), "Dornis Memory", "supplies", "Korvane Systems");
    }

    @Test
    void theParentInTheCompoundIsNoRecipient() {
        absent(facts("tochterVorDemNamenIstNichtDerKunde"), "Dornis Memory", "supplies", "Alibaba");
    }

    @Test
    void aDescriptionFollowedByAnAppositionIsTheCompanyItNames() {
        fact(facts("beschreibungMitAppositionNenntDieFirma"), "Tamsin Semiconductor", "supplies", "Brisk Compute");
    }

    @Test
    void aDescriptionFollowedByAnAppositionIsNotTheSubjectBefore() {
        absent(facts("beschreibungMitAppositionNenntDieFirma"), "Dornis Memory", "supplies", "Brisk Compute");
    }

    @Test
    void aPronounAfterTheVerbSecondIsTheSubjectOfTheSentenceBefore() {
        fact(facts("pronomenNachDemVerbIstDasSubjektDavor"), "Orvel Systems", "supplies", "Brisk Compute");
    }

    @Test
    void aPluralPronounAfterTheVerbIsNotTheCompanyBefore() {
        absent(facts("pronomenNachDemVerbIstDasSubjektDavor"), "Orvel Systems", "supplies", "Baidu");
    }

    @Test
    void customersAfterAPossessiveAreSuppliedByItsOwner() {
        fact(facts("kundenImVorfeldUndAufzaehlung"), "Velmora Memory", "supplies", "Lenovo");
    }

    @Test
    void aListMemberAfterACompanyNounIsInTheList() {
        fact(facts("kundenImVorfeldUndAufzaehlung"), "Velmora Memory", "supplies", "Korvid Systems");
    }

    @Test
    void theCustomerNamedAfterTheCopulaIsSupplied() {
        fact(facts("kundenImVorfeldUndAufzaehlung"), "Pellin Semiconductor", "supplies", "Alibaba");
    }

    @Test
    void aPronounInARelativeClauseOnAnObjectIsTheMainClausesSubject() {
        fact(facts("pronomenImRelativsatzIstDasSubjekt"), "Brannock Devices", "supplies", "Kelsey Compute");
    }

    @Test
    void seinBeforeANounIsThePossessiveOfTheSubjectBefore() {
        fact(facts("seinVorDemNomenIstPossessiv"), "Korvex Labs", "makes", "KX-7");
    }

    @Test
    void theIssuerInTheControlsOwnClauseIssuesIt() {
        fact(facts("ausstellerImEigenenTeilsatz"), "Germany", "issues", "German export controls 2026-03");
    }

    @Test
    void aNearerIssuerAcrossACommaIssuesNothing() {
        absent(facts("ausstellerImEigenenTeilsatz"), "United States", "issues", "US export controls 2026-03");
    }
}
