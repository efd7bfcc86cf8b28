package org.chipgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chipgraph.error.InputError;
import org.chipgraph.query.Bindings;
import org.chipgraph.query.QueryRunner;
import org.chipgraph.query.Question;
import org.chipgraph.query.QuestionLibrary;
import org.chipgraph.query.ResultFormat;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query file or a named question of queries/ over the store.",
                "Parameters are bound as RDF terms, never pasted into the query text.",
                "Use --list to see the questions with their parameters. Answers come a page at a time (--limit, --offset).",
                "Example: chipgraph query --name company-export-control-exposure -p company=ByteDance"})
public final class QueryCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin Debug debug;

    static final class Which {
        @Parameters(paramLabel = "FILE.rq", description = "A SPARQL query file.") Path file;
        @Option(names = "--name", paramLabel = "QUESTION", description = "A question of queries/ by name.") String name;
        @Option(names = "--list", description = "List the questions and their parameters.") boolean list;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") Which which;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value, once per parameter. Entity parameters take an IRI or a name.")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format = ResultFormat.TABLE;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (default: ${DEFAULT-VALUE}; 0 = all).")
    long limit = QueryRunner.DEFAULT_PAGE;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N rows (default: ${DEFAULT-VALUE}).")
    long offset = 0;

    @Option(names = "--iris", description = "Print entity IRIs as they are (default: their labels).")
    boolean iris;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop the query after this long (default: ${DEFAULT-VALUE}; 0 = none).")
    double timeout = 60;

    @Override
    public Integer call() throws IOException {
        QuestionLibrary library = QuestionLibrary.load();
        if (which.list) {
            for (Question q : library.all()) {
                System.out.printf("%-32s %s%n", q.name(), q.title());
                q.parameters().forEach(p -> System.out.printf("%-32s   --param %s=<%s>  %s%n", "", p.name(), p.type().name().toLowerCase(), p.description()));
            }
            return 0;
        }
        Question q;
        if (which.name != null) {
            q = library.get(which.name);
        } else {
            if (!Files.isRegularFile(which.file)) throw new InputError(which.file + ": no such query file, expected a SPARQL .rq file");
            String text;
            try {
                text = Files.readString(which.file, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                throw new InputError(which.file + ": not valid UTF-8, expected a SPARQL text file");
            }
            String name = which.file.getFileName().toString().replaceFirst("\\.rq$", "");
            q = QuestionLibrary.parse(name, which.file.toString(), text);
        }
        try (TdbStore db = TdbStore.openReadOnly(store.db)) {
            new QueryRunner(db.datasetGraph(), (long) (timeout * 1000)).page(limit, offset).withIris(iris).run(q, Bindings.parse(params), format, System.out);
        }
        System.out.flush();
        return 0;
    }
}
