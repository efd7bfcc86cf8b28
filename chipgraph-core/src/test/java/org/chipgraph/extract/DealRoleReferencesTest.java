package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * References decided by a party's role in the deal the sentence tells (issue 12, session 28; {@link DealRoleReferences}),
 * each on an article written for it (src/test/resources/extract/en).
 */
class DealRoleReferencesTest {

    @Test
    void descriptionThatBuysAfterASaleIsTheRecipient() {
        List<Fact> facts = Extraction.of("en", "descriptionAfterASaleIsTheRecipient");
        fact(facts, "Dunmore Robotics", "orders", "QK-3");
        absent(facts, "Ostrel Micro", "orders", "QK-3");
        absent(facts, "Ostrel Micro", "buys", "QK-3");
    }

    @Test
    void descriptionThatDoesNotBuyStaysTheSubjectBefore() {
        List<Fact> facts = Extraction.of("en", "descriptionAfterASaleIsTheRecipient");
        // "..., and the company said it would open ...": no buying verb, so the seller is still meant
        absent(facts, "Hallam Freight", "supplies", "Ostrel Micro");
        fact(facts, "Ostrel Micro", "supplies", "Hallam Freight");
    }

    @Test
    void possessiveOnGoodsAReportedBuyerBoughtIsTheSpeakers() {
        List<Fact> facts = Extraction.of("en", "possessiveOfGoodsBoughtIsTheSpeaker");
        fact(facts, "Quorvex Photonics", "makes", "QL-8");
        absent(facts, "Bramwell Cloud", "makes", "QL-8");
    }

    @Test
    void possessiveOfABuyerSpeakingOfItselfStaysItsOwn() {
        List<Fact> facts = Extraction.of("en", "possessiveOfGoodsBoughtIsTheSpeaker");
        absent(facts, "Quorvex Photonics", "makes", "TX-2");
        fact(facts, "Tarnby Data", "buys", "TX-2");
    }

    @Test
    void possessiveInAPurposeAfterTheRecipientIsTheRecipients() {
        List<Fact> facts = Extraction.of("en", "possessiveAfterARecipientIsTheRecipients");
        fact(facts, "Veltrix Labs", "makes", "Corvo-3");
        absent(facts, "Selbourne Memory", "makes", "Corvo-3");
    }

    @Test
    void possessiveNamingARoleAfterACompanyIsNotThatCompany() {
        List<Fact> facts = Extraction.of("en", "possessiveOfARoleNeverItsHolder");
        // "Vantor Labs would be its first customer", "Lindqvist Cloud, its largest customer": the subject before is the seller
        fact(facts, "Calder Systems", "supplies", "Vantor Labs");
        fact(facts, "Ferrow Devices", "supplies", "Lindqvist Cloud");
    }

    @Test
    void possessiveNamingARoleOfTheSentencesSubjectIsTheSubjectBefore() {
        // "Hestor Technologies sells ... Quillane Memory is its largest customer": not Quillane's own customer
        fact(Extraction.of("en", "possessiveOfARoleNeverItsHolder"), "Hestor Technologies", "supplies", "Quillane Memory");
    }
}
