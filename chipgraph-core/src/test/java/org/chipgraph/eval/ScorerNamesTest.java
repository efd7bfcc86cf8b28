package org.chipgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chipgraph.error.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names compared as the scorer compares them, and gold files read as the scorer reads them. */
class ScorerNamesTest {
    @TempDir Path tmp;

    @Test
    void countrySynonymsAndSuffixesMeet() {
        assertEquals(ScorerNames.key("United States"), ScorerNames.key("U.S."));
        assertEquals(ScorerNames.key("Netherlands"), ScorerNames.key("Dutch"));
        assertEquals(ScorerNames.key("Kestrel Semi"), ScorerNames.key("Kestrel Semi Inc."));
    }

    @Test
    void aControlIsItsKindIssuerAndYear() {
        assertEquals("ctl|exportcontrol|united states|2023", ScorerNames.key("US export controls 2023-10"));
        assertEquals("united states", ScorerNames.issuer(ScorerNames.key("US export controls 2023-10")));
        assertTrue(ScorerNames.same(ScorerNames.key("US export controls 2023"), ScorerNames.key("US export controls")));
        assertFalse(ScorerNames.same(ScorerNames.key("US export controls 2022"), ScorerNames.key("US export controls 2023")));
    }

    @Test
    void aLeadingVendorOnAChipNameIsTheSameChip() {
        assertTrue(ScorerNames.same(ScorerNames.key("Kestrel Oriel7"), ScorerNames.key("Oriel7")));
        assertFalse(ScorerNames.same(ScorerNames.key("Kestrel Semi"), ScorerNames.key("Semi")));
    }

    @Test
    void theScorerMatchesEachGoldFactOnceAndDropsDocumentsItDoesNotCover() {
        List<ScoredFact> gold = List.of(ScoredFact.of("a.txt", "Kestrel Semi", "supplies", "Halden Compute"));
        ScorerMatch m = ScorerMatch.of(gold, List.of(
                ScoredFact.of("a.txt", "Kestrel Semi Inc.", "supplies", "Halden Compute"),
                ScoredFact.of("a.txt", "Kestrel Semi", "supplies", "Halden Compute"),
                ScoredFact.of("other/b.txt", "Kestrel Semi", "supplies", "Halden Compute")));
        assertEquals(1, m.matched());
        assertEquals(1, m.system().size());
        assertEquals(0, m.extra().size());
    }

    @Test
    void anUnknownRelationIsAnErrorNamingFileLineAndField() throws Exception {
        Path f = tmp.resolve("gold.tsv");
        Files.writeString(f, "doc\tsubject\trelation\tobject\na.txt\tKestrel Semi\tsells\tHalden Compute\n");
        InputError e = assertThrows(InputError.class, () -> ScoredFact.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2: field relation: unknown relation 'sells'"), e.getMessage());
    }

    @Test
    void aGoldFileWithAnotherHeaderIsAnError() throws Exception {
        Path f = tmp.resolve("gold.tsv");
        Files.writeString(f, "document\tsubject\trelation\tobject\n");
        InputError e = assertThrows(InputError.class, () -> ScoredFact.read(f));
        assertTrue(e.getMessage().startsWith(f + ":1: header must start with doc subject relation object"), e.getMessage());
    }
}
