package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * English lists and descriptions of session 26: a list joined over an apposition or relative clause on a member, a
 * fronted participle of listing that refers to the list named before, a description that is not its own clause's
 * subject, descriptions by trade nouns, recipients named after their class, and a subject after a dateline. One behaviour per test, on sentences written for it (extract/en; names
 * invented); the facts the rules must give are also rows of rule-examples/en.tsv.
 */
class EnglishListsAndDescriptionsTest {

    @Test
    void aListOverAnAppositionGivesEveryMemberTheVerbsFact() {
        List<Fact> facts = Extraction.of("en", "listOverAnApposition");
        fact(facts, "Velmar Trading", "supplies", "Quenlab Robotics");
        fact(facts, "Ostrava Components", "supplies", "Quenlab Robotics");
    }

    @Test
    void theAppositionInsideAListStillDescribesOnlyItsMember() {
        List<Fact> facts = Extraction.of("en", "listOverAnApposition");
        fact(facts, "Velmar Trading", "headquarteredIn", "Malaysia");
        absent(facts, "Ostrava Components", "headquarteredIn", "Malaysia");
    }

    @Test
    void aFrontedListingParticipleTakesTheListNamedBefore() {
        List<Fact> facts = Extraction.of("en", "frontedListingAfterTheList");
        fact(facts, "US Entity List", "restricts", "Brenmoor Semiconductor");
        fact(facts, "US Entity List", "restricts", "Kalvik Aero");
    }

    @Test
    void aFrontedListingRestrictsTheCompanyNotTheChipOfItsApposition() {
        List<Fact> facts = Extraction.of("en", "frontedListingWithAChipInTheApposition");
        fact(facts, "US Entity List", "restricts", "Brenmoor Semiconductor");
        absent(facts, "US Entity List", "restricts", "K5");
    }

    @Test
    void aDescriptionAfterItsClausesVerbIsNotThatClausesSubject() {
        List<Fact> facts = Extraction.of("en", "descriptionInsideItsClauseIsNotItsSubject");
        absent(facts, "Brisk Motors", "headquarteredIn", "Sweden");
        fact(facts, "Haldor Semiconductor", "headquarteredIn", "Sweden");
    }

    @Test
    void aTradeNounDescriptionRefersToTheCompanyNamedBefore() {
        fact(Extraction.of("en", "tradeNounDescription"), "Quellan Compute", "headquarteredIn", "Finland");
    }

    @Test
    void recipientsNamedAfterTheirClassGetTheGoods() {
        List<Fact> facts = Extraction.of("en", "classOfRecipientsNamedByMembers");
        fact(facts, "Velmar Trading", "supplies", "Karsh Trading");
        fact(facts, "Velmar Trading", "supplies", "Omnel Systems");
    }

    @Test
    void aNameBeforeAVerbOfSayingAfterAClassIsTheSpeakerNotARecipient() {
        absent(Extraction.of("en", "speakerAfterAClassIsNoRecipient"), "Halvik Data", "supplies", "Orvik Systems");
    }

    @Test
    void itsBelongsToTheSubjectAfterADatelineNotToTheFoundryAfterAt() {
        List<Fact> facts = Extraction.of("en", "possessiveAfterDatelineSubject");
        fact(facts, "Corvalis Systems", "makes", "CV-2");
        absent(facts, "SMIC", "makes", "CV-2");
    }
}
