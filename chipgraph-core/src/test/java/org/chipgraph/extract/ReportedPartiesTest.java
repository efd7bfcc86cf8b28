package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 32's guards on which party a clause gives (issue 12, item 5), on articles written for them
 * (src/test/resources/extract/en): a possessive on a chip that a reported party buys, deploys, makes for hire or supplies
 * parts for is the speaker's ({@link DealRoleReferences}, {@code role-acquired}, {@code role-speech}); a description with a
 * name right after it describes that name, not the name before its comma ({@code company-apposition}, the apposition rules).
 */
class ReportedPartiesTest {

    private static List<Fact> reported() { return Extraction.of("en", "possessiveInReportedSpeechIsTheSpeakers"); }

    @Test
    void aChipAReportedBuyerOrdersAfterItsDescriptionIsTheSpeakers() {
        List<Fact> facts = reported();
        fact(facts, "Haldane Microsystems", "makes", "HV-4");
        fact(facts, "Haldane Microsystems", "supplies", "Kuusi Compute");
        absent(facts, "Kuusi Compute", "makes", "HV-4");
    }

    @Test
    void aChipAReportedFoundryWillManufactureIsTheSpeakers() {
        absent(reported(), "Jinhe Semiconductor", "makes", "HV-4");
    }

    @Test
    void aChipAReportedSupplierSuppliesPartsForIsTheSpeakers() {
        List<Fact> facts = reported();
        fact(facts, "Ostmark Technologies", "makes", "OS-2");
        absent(facts, "Dongrae Memory", "makes", "OS-2");
    }

    @Test
    void aChipAReportedUserWillDeployIsTheSpeakers() {
        List<Fact> facts = reported();
        fact(facts, "Brisant Labs", "makes", "BL-7");
        absent(facts, "Corvel Data", "makes", "BL-7");
    }

    @Test
    void theOwnerOfADeployedChipIsNoCustomerOfTheSpeaker() {
        // "... will deploy its BL-7 cards ..., the start-up's first large customer": "its" owns the chip, it is no customer
        absent(reported(), "Corvel Data", "supplies", "Brisant Labs");
    }

    @Test
    void aReportedPartysOwnChipStaysItsOwn() {
        List<Fact> facts = reported();
        fact(facts, "Amarin Cloud", "makes", "AR-3");
        absent(facts, "Perrault Systems", "makes", "AR-3");
    }

    @Test
    void aDescriptionWithANameAfterItDescribesThatName() {
        List<Fact> facts = Extraction.of("en", "descriptionBeforeANameIsThatNames");
        fact(facts, "Tessmo Devices", "headquarteredIn", "South Korea");
        absent(facts, "July", "headquarteredIn", "South Korea");
    }

    @Test
    void aDescriptionClosedByACommaStillDescribesTheNameBefore() {
        fact(Extraction.of("en", "descriptionBeforeANameIsThatNames"), "Lunova", "headquarteredIn", "Taiwan");
    }
}
