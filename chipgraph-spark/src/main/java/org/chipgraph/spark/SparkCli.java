package org.chipgraph.spark;

import java.io.PrintWriter;
import org.chipgraph.error.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** chipgraph-spark: the extractor on Apache Spark. Spark's dependencies live in this module's jar only. */
@Command(name = "chipgraph-spark", mixinStandardHelpOptions = true, version = "chipgraph-spark (Apache Spark 4, Apache Jena 5.6.0)",
        description = {"The chipgraph extractor on Apache Spark: articles in, N-Quads shards out, for 'chipgraph load'.", "",
                "Example:", "  chipgraph-spark extract --master local[*] --input samples --output /tmp/shards"},
        subcommands = {SparkExtractCommand.class})
public final class SparkCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. 'extract'");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SparkCli());
        cl.setExecutionExceptionHandler((e, c, parsed) -> handle(e, c, parsed));
        return cl;
    }

    /** Bad input is one line on stderr naming what was wrong; anything else too, with the trace under --debug. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = false;
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) debug |= p.hasMatchedOption("--debug");
        Throwable input = e;
        while (input != null && !(input instanceof InputError)) input = input.getCause();
        if (input != null) err.println("chipgraph-spark: " + String.valueOf(input.getMessage()).replaceAll("\\R", " "));
        else err.println("chipgraph-spark: error: " + String.valueOf(e.getMessage()).replaceAll("\\R", " ") + (debug ? "" : " (run with --debug for the stack trace)"));
        if (debug) e.printStackTrace(err);
        err.flush();
        return 1;
    }
}
