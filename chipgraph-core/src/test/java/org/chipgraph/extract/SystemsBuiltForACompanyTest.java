package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import org.junit.jupiter.api.Test;

/**
 * Systems built for a company are supplied to it: the server maker supplies its customer (issue 12, session 33; the
 * en.patterns rule after BUILT_SYSTEM), on an article written for it; chips built for a designer stay foundry work.
 */
class SystemsBuiltForACompanyTest {

    @Test
    void racksBuiltForTwoCustomersSupplyBoth() {
        var facts = Extraction.of("en", "systemsBuiltForACompany");
        fact(facts, "Marlow Systems", "supplies", "Quenby Cloud");
        fact(facts, "Marlow Systems", "supplies", "Ardell Data");
    }

    @Test
    void serversAssembledInARelativeClauseSupplyTheCustomer() {
        fact(Extraction.of("en", "systemsBuiltForACompany"), "Petrel Computing", "supplies", "Hollis Cloud");
    }

    @Test
    void aServerMakerFabricatesNothingForItsCustomer() {
        absent(Extraction.of("en", "systemsBuiltForACompany"), "Marlow Systems", "fabricates", "Quenby Cloud");
    }

    @Test
    void chipsBuiltForADesignerAreNoSupplyOfSystems() {
        absent(Extraction.of("en", "systemsBuiltForACompany"), "Kestrel Foundry", "supplies", "Ambry Labs");
    }
}
