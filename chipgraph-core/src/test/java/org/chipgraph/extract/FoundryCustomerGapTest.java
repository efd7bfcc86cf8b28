package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * A foundry's customer named a few words after its verb of making (session 38, the FAB_GAP of en.patterns): a company after
 * "by", "with", "to" and the like does the work or competes, it is no customer. Sentences written for it
 * (src/test/resources/extract/en/aCompanyAfterByIsNoFoundryCustomer.txt).
 */
class FoundryCustomerGapTest {
    private static final List<Fact> FACTS = Extraction.of("en", "aCompanyAfterByIsNoFoundryCustomer");

    @Test
    void thePassivesAgentIsNoCustomerOfTheWork() {
        absent(FACTS, "Samsung", "fabricates", "Foxconn");
    }

    @Test
    void aRivalAfterToIsNoCustomerOfTheWork() {
        absent(FACTS, "Samsung", "fabricates", "TSMC");
    }

    @Test
    void aCustomerAfterForStillIs() {
        fact(FACTS, "Samsung", "fabricates", "Harlow Semiconductor");
    }
}
