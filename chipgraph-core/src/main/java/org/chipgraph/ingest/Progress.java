package org.chipgraph.ingest;

import java.io.PrintStream;

/** A one-line progress bar on stderr when it is a terminal; silent otherwise (pipes, CI logs, tests). */
public final class Progress {
    private final PrintStream err;
    private final boolean enabled;
    private final long total;
    private final long started = System.nanoTime();
    private long lastDraw;

    public Progress(String label, long total, boolean enabled) {
        this.err = System.err;
        this.enabled = enabled;
        this.total = total;
        this.label = label;
    }

    private final String label;

    public static boolean onTerminal() { return System.console() != null; }

    public synchronized void update(long done) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) return;
        lastDraw = now;
        int width = 30;
        int filled = total == 0 ? width : (int) (width * done / total);
        double secs = (now - started) / 1e9;
        err.printf("\r%s [%s%s] %d/%d  %.1fs", label, "#".repeat(filled), " ".repeat(width - filled), done, total, secs);
        if (done >= total) err.println();
        err.flush();
    }
}
