package org.chipgraph.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.chipgraph.error.InputError;
import org.chipgraph.query.FactsTable;
import org.chipgraph.query.QuestionLibrary;
import org.chipgraph.query.ResultFormat;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "facts", mixinStandardHelpOptions = true,
        footer = "%nExample: chipgraph facts --db chipgraph-db --format table",
        description = {"Print the facts table of the store (queries/facts.rq): one row per document and fact,",
                "columns doc subject relation object quantity date confidence evidence, names in English."})
public final class FactsCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin Debug debug;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "tsv, csv or table (default: ${DEFAULT-VALUE}).")
    ResultFormat format = ResultFormat.TSV;

    @Override
    public Integer call() throws IOException {
        if (format == ResultFormat.JSON) throw new InputError("--format json: facts are printed as tsv, csv or table");
        try (TdbStore db = TdbStore.openReadOnly(store.db)) {
            FactsTable.print(FactsTable.rows(db.datasetGraph(), QuestionLibrary.load()), format, System.out);
        }
        System.out.flush();
        return 0;
    }
}
