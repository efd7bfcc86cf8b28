package org.chipgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.chipgraph.error.InputError;
import org.junit.jupiter.api.Test;

/** The head-noun file of references ({@code patterns/<lang>.references.tsv}) and the word classes it gives. */
class ReferenceNounsTest {

    @Test
    void rowsOfOneClassAndNumberBecomeOneWordClass() {
        Map<String, String> classes = ReferenceNouns.wordClasses("t.tsv", "# c\ncompany\tone\tfirm | company\ncompany\tone\tgroup\nmemory-maker\tmany\tmemory makers\n");
        assertEquals("(?:firm|company|group)", classes.get("REF_COMPANY_ONE"));
        assertEquals("(?:memory makers)", classes.get("REF_MEMORY_MAKER_MANY"));
    }

    @Test
    void aPatternFileUsesTheWordClasses() {
        Map<String, String> classes = ReferenceNouns.wordClasses("t.tsv", "chip\tone\tchip | accelerator\n");
        PatternFile f = PatternFile.parse("t.patterns", "chip-anaphor = [Tt]he (?:@REF_CHIP_ONE)\\b\n", classes);
        assertTrue(java.util.regex.Pattern.compile(f.list("chip-anaphor")).matcher("The accelerator").matches());
    }

    @Test
    void aNumberOtherThanOneOrManyIsAnInputErrorNamingFileAndLine() {
        InputError e = assertThrows(InputError.class, () -> ReferenceNouns.wordClasses("t.tsv", "# c\ncompany\tseveral\tfirms\n"));
        assertTrue(e.getMessage().startsWith("t.tsv:2:") && e.getMessage().contains("'one' or 'many'"), e.getMessage());
    }

    @Test
    void aRowWithoutThreeFieldsIsAnInputError() {
        InputError e = assertThrows(InputError.class, () -> ReferenceNouns.wordClasses("t.tsv", "company one firm\n"));
        assertTrue(e.getMessage().startsWith("t.tsv:1:"), e.getMessage());
    }

    @Test
    void theEnglishFileReads() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("patterns/en.references.tsv"));
        Map<String, String> classes = ReferenceNouns.wordClasses("patterns/en.references.tsv", text);
        assertTrue(classes.keySet().containsAll(java.util.Set.of("REF_COMPANY_ONE", "REF_COMPANY_MANY", "REF_FOUNDRY_ONE", "REF_CHIP_ONE", "REF_CHIP_MANY", "REF_COUNTRY_ONE")), classes.keySet().toString());
    }

    @Test
    void theNounsOfRelationsAreWordClassesWithTheirOwnPrefix() {
        Map<String, String> classes = ReferenceNouns.wordClasses("t.tsv", "supply\tmany\tshipments | deliveries\n", "NOM_");
        assertEquals("(?:shipments|deliveries)", classes.get("NOM_SUPPLY_MANY"));
    }

    @Test
    void theEnglishNominalsFileReads() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("patterns/en.nominals.tsv"));
        Map<String, String> classes = ReferenceNouns.wordClasses("patterns/en.nominals.tsv", text, "NOM_");
        assertTrue(classes.keySet().containsAll(java.util.Set.of("NOM_SUPPLY_ONE", "NOM_SUPPLY_MANY", "NOM_ORDER_ONE", "NOM_FABRICATE_ONE", "NOM_SITE_MANY")), classes.keySet().toString());
    }
}
