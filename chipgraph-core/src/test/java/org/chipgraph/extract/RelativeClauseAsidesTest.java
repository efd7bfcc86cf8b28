package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Session 30's guards against a party taken from the wrong clause, each on sentences written for it
 * (src/test/resources/extract/{en,de}): a relative clause on a company names no partner of a company before it
 * ({@code relative-aside}, {@link AsideSpans}); a German relative clause closed by its verb is an aside for what follows it
 * ({@code clause-aside}); a nationality after a preposition inside such a clause is not the antecedent's; a participle or
 * adverb heading a German sentence before its auxiliary is no name ({@code not-name-head-phrase}, {@link GermanNameEdges}).
 */
class RelativeClauseAsidesTest {

    private static List<Fact> en(String name) { return Extraction.of("en", name); }

    private static List<Fact> de(String name) { return Extraction.of("de", name); }

    @Test
    void aSupplierInARelativeClauseSellsToItsAntecedentNotToTheCompanyBefore() {
        List<Fact> facts = en("relativeClauseOnSupplierNamesItsPartner");
        absent(facts, "Kioxia", "supplies", "Orlavo Cloud");
        fact(facts, "Kioxia", "supplies", "Samsung");
        absent(facts, "Marvell Technology", "supplies", "Harwick Robotics");
    }

    @Test
    void einLieferantImRelativsatzAmSatzendeBeliefertSeinBezugswort() {
        List<Fact> facts = de("relativsatzNenntKeinePartei");
        absent(facts, "Marvell Technology", "supplies", "Lenovo");
        fact(facts, "Marvell Technology", "supplies", "Kioxia");
        fact(facts, "Kioxia", "supplies", "Lenovo");
    }

    @Test
    void eineFirmaImRelativsatzIstKeineParteiDesVerbsDanach() {
        List<Fact> facts = de("relativsatzNenntKeinePartei");
        absent(facts, "TSMC", "fabricates", "SK Hynix");
        fact(facts, "TSMC", "fabricates", "GC-300");
    }

    @Test
    void dieNationalitaetNachEinerPraepositionImRelativsatzIstNichtDieDesBezugsworts() {
        List<Fact> facts = de("relativsatzNenntKeinePartei");
        absent(facts, "Graphcore", "headquarteredIn", "South Korea");
        fact(facts, "SK Hynix", "headquarteredIn", "South Korea");
    }

    @Test
    void einPartizipAmSatzanfangIstKeinName() {
        List<Fact> facts = de("partizipEroeffnetSatz");
        absent(facts, "Lenovo", "supplies", "Montiert");
        fact(facts, "Orlavo", "orders", "MI355X");
    }
}
