package org.chipgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chipgraph.cli.ChipgraphCli;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * bin/chipgraph-bench: benchmarks, generators and load clients, kept out of the product's jar. The three picocli
 * commands take typed options; the older harnesses read their own arguments and are reached as subcommands too.
 */
@Command(name = "chipgraph-bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks and generators for chipgraph (not part of the product jar).",
                "Example: chipgraph-bench bench --articles 10000 --dir /tmp/bench"},
        subcommands = {BenchCommand.class, BenchQuestionsCommand.class, GenerateCommand.class, TrainRelationsCommand.class, CommandLine.HelpCommand.class})
public final class BenchCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = ChipgraphCli.configure(new CommandLine(new BenchCli()));
        harness(cl, "csv", "CSV mapping and ingest benchmark (CsvBench); --help lists its options. Example: chipgraph-bench csv --generated-only --rows 100000", CsvBench::main);
        harness(cl, "load", "HTTP load client against a running endpoint (LoadBench). Example: chipgraph-bench load --url http://localhost:3030/chipgraph/sparql --clients 8 --seconds 60", LoadBench::main);
        harness(cl, "concurrency", "Readers during ingest (ConcurrencyBench). Example: chipgraph-bench concurrency 500 8 60", ConcurrencyBench::main);
        harness(cl, "curated-entities", "Writes ontology/entities-curated.ttl from the shared tables (CuratedEntitiesBuilder). Example: chipgraph-bench curated-entities ../shared/data ontology/entities-curated.ttl", CuratedEntitiesBuilder::main);
        return cl;
    }

    /** A harness with its own argument reading: everything after the subcommand's name is passed on as it is. */
    interface Main { void run(String[] args) throws Exception; }

    private static void harness(CommandLine parent, String name, String description, Main main) {
        CommandLine sub = new CommandLine(new Harness(main));
        sub.setUnmatchedOptionsArePositionalParams(true);
        sub.getCommandSpec().usageMessage().description(description);
        parent.addSubcommand(name, sub);
    }

    @Command(mixinStandardHelpOptions = false)
    static final class Harness implements Callable<Integer> {
        private final Main main;
        @Parameters(arity = "0..*", paramLabel = "ARG", description = "Passed on to the harness as they are.")
        List<String> args = new ArrayList<>();

        Harness(Main main) { this.main = main; }

        @Override
        public Integer call() throws Exception {
            main.run(args.toArray(String[]::new));
            return 0;
        }
    }
}
