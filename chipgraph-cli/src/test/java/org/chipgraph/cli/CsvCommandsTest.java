package org.chipgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.chipgraph.extract.csv.CsvIngest;
import org.chipgraph.store.TdbStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CSV module's commands: resolve-report and mappings. */
@Tag("integration")
class CsvCommandsTest {

    static String run(Object command, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute(args));
        return out.toString();
    }

    @Test
    void resolveReportListsMergedNamesWithTheirRuleAndDiscoveredOnes(@TempDir Path dir) {
        Path db = dir.resolve("db");
        try (TdbStore store = TdbStore.open(db)) {
            CsvIngest.standard().ingest(store, Path.of("chipgraph-core/src/test/resources/csv/csl.entity-list.sample.csv"), Optional.empty(), false, null);
        }
        String text = run(new ResolveReportCommand(), "--db", db.toString());
        assertTrue(text.contains("\"Huawei Technologies Co., Ltd. (Huawei)\""), text);
        assertTrue(text.contains("[normalised, 1 docs]"), text);
        assertTrue(text.contains("Not merged (new entities, cg:DiscoveredEntity)"), text);
        String tsv = run(new ResolveReportCommand(), "--db", db.toString(), "--tsv", "--only", "discovered", "--type", "Company");
        assertTrue(tsv.startsWith("status\ttype\tsource_name\trule\tentity\tentity_label\tdocuments\n"), tsv);
        assertTrue(tsv.contains("discovered\tCompany\tBeijing Huawei Digital Technologies Co., Ltd.\tdiscovered\t"), tsv);
        assertFalse(tsv.contains("\tnormalised\t"), tsv);
    }

    @Test
    void mappingsTellsWhichMappingAFileGets() {
        String text = run(new MappingsCommand(), "chipgraph-core/src/test/resources/csv/ml_hardware.older-layout.sample.csv");
        assertTrue(text.contains("ml_hardware.older-layout.sample.csv: epoch-ml-hardware.rq"), text);
        String list = run(new MappingsCommand());
        assertTrue(list.contains("?memory       \"Memory (bytes)\" | \"Memory size per board (Byte)\"  (optional)"), list);
    }
}
