package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * What the verb and noun classes of session 28 must not read (patterns/en.verbs.tsv ACQUIRE and PROCURE, the "by" agent of a
 * relation's noun): each on a sentence written for it (src/test/resources/extract/en). The facts they must give are rows of
 * rule-examples/en.tsv.
 */
class LemmaClassGuardsTest {

    @Test
    void aStakeBoughtIsNoTakeover() {
        absent(Extraction.of("en", "aStakeIsNoTakeover"), "Kelmora Labs", "subsidiaryOf", "Vantor Systems");
    }

    @Test
    void aMakersChipsBoughtByACompanyMakeNeitherASubsidiaryOfTheOther() {
        List<Fact> facts = Extraction.of("en", "chipsOfAMakerAreNoCompanyBought");
        absent(facts, "Nvidia", "subsidiaryOf", "Meta");
        absent(facts, "AMD", "subsidiaryOf", "Meta");
        fact(facts, "AMD", "supplies", "Meta");
    }

    @Test
    void aChipThatOwnsTheGoodsSourcedIsNotBought() {
        List<Fact> facts = Extraction.of("en", "aChipOwningTheGoodsIsNotBought");
        absent(facts, "Nvidia", "buys", "H200");
        fact(facts, "SK Hynix", "supplies", "Nvidia");
    }
}
