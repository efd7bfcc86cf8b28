package org.chipgraph.robust;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chipgraph.cli.ChipgraphCli;

/**
 * Runs a chipgraph command in a child JVM and kills it with SIGKILL ({@link Process#destroyForcibly()}
 * on Linux) after a delay. Also times an undisturbed run, to place the kills where the work happens.
 */
public final class Killer {
    private Killer() {}

    /** When, in ms after the start, the store folder first held a Data-NNNN generation, and when the run ended. */
    public record Window(long storeOpenedMs, long endedMs) {}

    /** What happened at one kill point. */
    public record Kill(long delayMs, boolean killed, int exit) {}

    public static Window time(List<String> args, Path storeDir, Path log) throws Exception {
        return time(args, () -> hasGeneration(storeDir), log);
    }

    /** Times an undisturbed run: when {@code marker} first held, and when the run ended. */
    public static Window time(List<String> args, java.util.function.BooleanSupplier marker, Path log) throws Exception {
        long t0 = System.nanoTime();
        Process p = ChildJvm.start(ChipgraphCli.class, args, log);
        long opened = -1;
        while (p.isAlive()) {
            if (opened < 0 && marker.getAsBoolean()) opened = (System.nanoTime() - t0) / 1_000_000;
            Thread.sleep(5);
        }
        long ended = (System.nanoTime() - t0) / 1_000_000;
        if (p.exitValue() != 0) throw new AssertionError("undisturbed run failed with exit " + p.exitValue() + ": " + Files.readString(log));
        return new Window(opened < 0 ? 0 : opened, ended);
    }

    /**
     * Starts the command and kills it {@code afterOpenMs} after the store folder first holds a
     * generation (so JVM start-up time, which varies with machine load, does not shift the kill
     * point), unless it ends first.
     */
    public static Kill killAfterOpen(List<String> args, Path storeDir, long afterOpenMs, Path log) throws Exception {
        return killAfter(args, () -> hasGeneration(storeDir), afterOpenMs, log);
    }

    /** Starts the command and kills it {@code afterMs} after {@code marker} first holds, unless it ends first. */
    public static Kill killAfter(List<String> args, java.util.function.BooleanSupplier marker, long afterOpenMs, Path log) throws Exception {
        Process p = ChildJvm.start(ChipgraphCli.class, args, log);
        while (p.isAlive() && !marker.getAsBoolean()) Thread.sleep(2);
        boolean ended = p.waitFor(afterOpenMs, TimeUnit.MILLISECONDS);
        boolean killed = false;
        if (!ended) {
            p.destroyForcibly();
            killed = true;
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) throw new AssertionError("child did not die after SIGKILL");
        return new Kill(afterOpenMs, killed, p.exitValue());
    }

    static boolean hasGeneration(Path storeDir) {
        return Files.isDirectory(storeDir.resolve("Data-0001"));
    }
}
