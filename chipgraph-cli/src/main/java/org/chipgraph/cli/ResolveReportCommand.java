package org.chipgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.chipgraph.extract.csv.ResolutionReport;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chipgraph resolve-report}: which table names merged into reference entities, by which rule, and which became new entities. */
@Command(name = "resolve-report", mixinStandardHelpOptions = true,
        footer = "%nExample: chipgraph resolve-report --db chipgraph-db",
        description = "Lists how names from ingested tables were resolved: merged into reference entities (with the rule) or discovered as new entities.")
public final class ResolveReportCommand implements Callable<Integer> {

    @Mixin StoreOption store;

    @Option(names = "--only", paramLabel = "WHICH", description = "merged or discovered (default: both)")
    String only;

    @Option(names = "--type", paramLabel = "TYPE", description = "only this entity type: Company, Chip, Country, Aggregate, ExportControl")
    String type;

    @Option(names = "--tsv", description = "tab-separated output with a header line, for tools")
    boolean tsv;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (only != null && !only.equals("merged") && !only.equals("discovered")) {
            throw new org.chipgraph.error.InputError("--only is '" + only + "', expected merged or discovered");
        }
        List<ResolutionReport.Row> rows;
        try (TdbStore db = TdbStore.openReadOnly(store.db)) {
            rows = ResolutionReport.rows(db);
        }
        PrintWriter out = spec.commandLine().getOut();
        rows = rows.stream()
                .filter(r -> only == null || (only.equals("merged") == r.merged()))
                .filter(r -> type == null || r.type().equalsIgnoreCase(type))
                .toList();
        if (tsv) {
            out.println("status\ttype\tsource_name\trule\tentity\tentity_label\tdocuments");
            rows.forEach(r -> out.println(String.join("\t", r.merged() ? "merged" : "discovered", r.type(), r.sourceName(), r.rule(),
                    r.entity(), r.entityLabel(), Long.toString(r.documents()))));
        } else {
            long merged = rows.stream().filter(ResolutionReport.Row::merged).count();
            out.printf("Merged into reference entities: %d names%n", merged);
            rows.stream().filter(ResolutionReport.Row::merged).forEach(r ->
                    out.printf("  %-9s %-45s -> %s (%s) [%s, %d docs]%n", r.type(), quote(r.sourceName()), r.entityLabel(), r.entity(), r.rule(), r.documents()));
            out.printf("Not merged (new entities, cg:DiscoveredEntity): %d names%n", rows.size() - merged);
            rows.stream().filter(r -> !r.merged()).forEach(r ->
                    out.printf("  %-9s %-45s -> %s [%d docs]%n", r.type(), quote(r.sourceName()), r.entity(), r.documents()));
        }
        out.flush();
        return 0;
    }

    private static String quote(String s) { return "\"" + s + "\""; }
}
