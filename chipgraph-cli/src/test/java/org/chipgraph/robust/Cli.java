package org.chipgraph.robust;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.chipgraph.cli.ChipgraphCli;

/** Runs the chipgraph CLI in this JVM, capturing what it prints. Not thread-safe (it swaps System.out/err). */
public final class Cli {
    private Cli() {}

    public record Result(int exit, String out, String err) {
        public String[] errLines() { return err.isBlank() ? new String[0] : err.strip().split("\\R"); }
    }

    public static synchronized Result run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = ChipgraphCli.execute(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
