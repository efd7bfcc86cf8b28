package org.chipgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chipgraph.extract.csv.ColumnSpec;
import org.chipgraph.extract.csv.CsvIngest;
import org.chipgraph.extract.csv.CsvMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chipgraph mappings [FILE.csv...]}: the CSV mappings and their columns, or which mapping each given file gets. */
@Command(name = "mappings", mixinStandardHelpOptions = true,
        footer = "%nExample: chipgraph mappings samples-tables/chip-owners.sample.csv",
        description = {"Lists the CSV mappings (mappings/*.rq) with the columns each needs,",
                "or, given CSV files, which mapping each one gets by its header (an error says why none or several fit)."})
public final class MappingsCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE.csv", description = "CSV files to check")
    List<Path> files = List.of();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        CsvIngest ingest = CsvIngest.standard();
        PrintWriter out = spec.commandLine().getOut();
        if (files.isEmpty()) {
            for (CsvMapping m : ingest.library().mappings()) {
                out.printf("%s: %s%n", m.name(), m.description());
                for (ColumnSpec c : m.columns()) {
                    out.printf("    ?%-12s %s%s%s%n", c.variable(), String.join(" | ", c.headers().stream().map(h -> "\"" + h + "\"").toList()),
                            c.required() ? "" : "  (optional)", c.multiValued() ? "  (multi-valued)" : "");
                }
            }
        } else {
            for (Path f : files) out.printf("%s: %s%n", f, ingest.mappingFor(f, Optional.empty()).name());
        }
        out.flush();
        return 0;
    }
}
