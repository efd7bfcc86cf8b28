package org.chipgraph.cli;

import java.io.PrintWriter;
import org.chipgraph.error.ChipgraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The chipgraph command line: one command, a subcommand per job. */
@Command(name = "chipgraph", mixinStandardHelpOptions = true, versionProvider = ChipgraphCli.Version.class,
        description = "Knowledge graph of AI-chip supply chains: news articles and tables in, SPARQL answers with their sources out.",
        subcommands = {IngestCommand.class, ExtractCommand.class, LoadCommand.class, QueryCommand.class,
                FactsCommand.class, ExportCommand.class, ValidateCommand.class, StatsCommand.class,
                CompactCommand.class, RemoveCommand.class, DemoCommand.class, EvalCommand.class, MappingsCommand.class,
                ResolveReportCommand.class, ServeCommand.class, SearchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK + ":success", ExitCode.FAILED + ":bad input, an unusable store or a failed job (message on stderr)", ExitCode.USAGE + ":bad command-line usage or question parameters"})
public final class ChipgraphCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (tests call this in-process). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        return configure(new CommandLine(new ChipgraphCli()));
    }

    /** The error handling and parsing settings every chipgraph command line shares (chipgraph-bench too). */
    public static CommandLine configure(CommandLine cl) {
        cl.setExecutionExceptionHandler(ChipgraphCli::handle);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli warns on stderr about a parameter value with an odd number of quotes ('"> } ; DROP ALL ; #'),
        // which it passes on verbatim anyway: the value is data, and errors must stay one line.
        if (System.getProperty("picocli.trace") == null) System.setProperty("picocli.trace", "OFF");
        return cl;
    }

    /** Errors chipgraph explains are one line on stderr; anything else too, with the stack trace only under --debug. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = Debug.enabled(parsed);
        java.io.IOException io = fileSystemCause(e);
        int exit = ExitCode.FAILED;
        if (e instanceof ChipgraphException ce) {
            err.println("chipgraph: " + ce.oneLine());
            exit = ExitCode.of(ce);
        } else if (io != null) {
            // A file-system failure nobody translated: the path and what is wrong, in plain words.
            String file = io instanceof java.nio.file.FileSystemException fse && fse.getFile() != null ? fse.getFile() + ": " : "";
            err.println("chipgraph: " + file + org.chipgraph.store.FileErrors.plain(io).replaceAll("\\R", " "));
        } else {
            err.println("chipgraph: error: " + e + (debug ? "" : " (run with --debug for the stack trace)"));
        }
        if (debug) e.printStackTrace(err);
        err.flush();
        return exit;
    }

    /** The I/O failure behind {@code e}, if any (TDB2 and Jena wrap them in their own exceptions). */
    private static java.io.IOException fileSystemCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException io) return io;
            if (t.getCause() == t) break;
        }
        return null;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ChipgraphCli.class.getPackage().getImplementationVersion();
            return new String[] {"chipgraph " + (v == null ? "dev" : v) + " (Apache Jena 5.6.0)"};
        }
    }
}
