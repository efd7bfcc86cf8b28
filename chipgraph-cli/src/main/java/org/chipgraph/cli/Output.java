package org.chipgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import org.chipgraph.ingest.Failure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Where a command prints: picocli's writers of the command line it runs in, so a caller (a test, an embedding
 * program) captures its output by setting them, never by swapping the JVM's streams. Byte streams (exported RDF,
 * query results in a binary-safe encoding) still go to System.out.
 */
@Command // a mixin with no options of its own: picocli needs this mark to take it
public final class Output {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    public PrintWriter out() { return command.commandLine().getOut(); }

    public PrintWriter err() { return command.commandLine().getErr(); }

    /** Lists the files that failed on stderr (one line each) and returns the exit code: 0 when none failed. */
    public int reportFailures(List<Failure> failures) {
        if (failures.isEmpty()) return ExitCode.OK;
        if (failures.size() == 1) {
            err().println("chipgraph: " + failures.get(0).message());
        } else {
            err().println("chipgraph: " + failures.size() + " files failed:");
            failures.forEach(f -> err().println("  " + f.message()));
        }
        err().flush();
        return ExitCode.FAILED;
    }
}
