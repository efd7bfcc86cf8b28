package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * References to chips and subjects that the sentence alone does not name (issue 12, session 27): memory nouns ("the
 * stacks", "the memory") take the memory part named last, plural chip references a list of chips named last, and "it"
 * opening a clause after a colon, ", where" or ", and" the subject of the clause before, after a time phrase opening the
 * sentence the subject of the sentence before. Each on an article written for it
 * (src/test/resources/extract/en).
 */
class ChipAndClauseReferencesTest {

    @Test
    void memoryNounTakesTheMemoryPartNamedBefore() {
        List<Fact> facts = Extraction.of("en", "memoryReferenceTakesTheMemoryPart");
        fact(facts, "Pellridge Systems", "buys", "HBM3E");
        fact(facts, "Quintell Devices", "orders", "HBM3E");
        absent(facts, "Pellridge Systems", "buys", "Zephyr-4");
    }

    @Test
    void memoryNounNeverTakesAnAccelerator() {
        List<Fact> facts = Extraction.of("en", "memoryReferenceIsNeverAGpu");
        absent(facts, "Malvek Cloud", "buys", "Corra-8");
    }

    @Test
    void pluralChipReferenceTakesEveryChipOfTheSentenceBefore() {
        List<Fact> facts = Extraction.of("en", "pluralChipReferenceTakesEveryChip");
        fact(facts, "Quessant Data", "buys", "B200");
        fact(facts, "Quessant Data", "buys", "GB200");
        fact(facts, "Lyrabit", "buys", "GB200");
    }

    @Test
    void pluralChipReferenceAfterChipsNamedApartTakesNone() {
        List<Fact> facts = Extraction.of("en", "pluralChipReferenceAfterChipsNamedApart");
        absent(facts, "Tessaly Cloud", "buys", "BX5");
        absent(facts, "Tessaly Cloud", "buys", "AR3");
    }

    @Test
    void pronounAfterAColonIsTheSubjectOfTheClauseBefore() {
        List<Fact> facts = Extraction.of("en", "pronounAfterColonIsTheClauseSubject");
        fact(facts, "Castellan Compute", "buys", "K9");
        absent(facts, "Verrow Systems", "buys", "K9");
    }

    @Test
    void pronounAfterATimePhraseOpeningTheSentenceIsTheSubjectBefore() {
        fact(Extraction.of("en", "pronounAfterATimePhraseOrWhere"), "Corvella Micro", "supplies", "Pharos Optics");
    }

    @Test
    void pronounAfterWhereIsTheSubjectOfTheMainClause() {
        List<Fact> facts = Extraction.of("en", "pronounAfterATimePhraseOrWhere");
        fact(facts, "Brightfen Labs", "buys", "Zephyr-4");
        absent(facts, "Osterlo Cloud", "buys", "Zephyr-4");
    }

    @Test
    void aMakerProducingItsOwnMemoryFabricatesForNoOtherMakerOfIt() {
        List<Fact> facts = Extraction.of("en", "memoryMakerFabricatesForNoOtherMaker");
        fact(facts, "Halmstad Memory", "fabricates", "HBM4");
        absent(facts, "Halmstad Memory", "fabricates", "Quorin Semiconductor");
    }

    @Test
    void pluralReferenceSkipsAChipNamedInTheSingular() {
        List<Fact> facts = Extraction.of("en", "pluralReferenceSkipsASingularChip");
        // "Xantor Systems, which designs the XT-9 vision accelerator, used them": the processors named before
        fact(facts, "Xantor Systems", "buys", "P40");
        absent(facts, "Xantor Systems", "buys", "XT-9");
        // "bought 2,000 XT-9 cards ... and sold them": a chip named in the plural is still taken
        fact(facts, "Murrell Labs", "buys", "XT-9");
    }
}
