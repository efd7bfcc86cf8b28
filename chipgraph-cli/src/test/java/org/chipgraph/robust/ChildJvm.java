package org.chipgraph.robust;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of this project in a child JVM with the test classpath (for kills and locks). */
public final class ChildJvm {
    private ChildJvm() {}

    /** The classpath of this JVM: surefire's real one when run under Maven, else java.class.path. */
    public static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    public static ProcessBuilder builder(Class<?> main, List<String> args, Path log) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xshare:auto");
        cmd.add("-Dchipgraph.home=" + Path.of("").toAbsolutePath());
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add(main.getName());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return pb;
    }

    public static Process start(Class<?> main, List<String> args, Path log) {
        try {
            return builder(main, args, log).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pathSeparator() { return File.pathSeparator; }
}
