package org.chipgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chipgraph.error.InputError;

/**
 * Recognises a write that failed because the store's file system is full, and says so in one line.
 * TDB2 writes its indexes through memory-mapped files: on a full file system the JVM turns the
 * SIGBUS into an {@link InternalError} ("a fault occurred in a recent unsafe memory access"); its
 * journal and node files are written with channels, which throw "No space left on device".
 */
public final class DiskFull {
    private DiskFull() {}

    /** The failed write, as an InputError naming the store. */
    public static final class StoreFullException extends org.chipgraph.error.StoreError {
        public StoreFullException(String message, Throwable cause) { super(message, cause); }
    }

    /** Whether {@code t} (or a cause or suppressed exception of it) is a write that found the disk full. */
    public static boolean isDiskFull(Throwable t, Path dir) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String msg = String.valueOf(c.getMessage());
            if (msg.contains("No space left on device") || msg.contains("Disk quota exceeded")) return true;
            if (c instanceof InternalError && msg.contains("unsafe memory access")) return true;
            if (c instanceof IOException && lowOnSpace(dir)) return true;
        }
        return false;
    }

    static boolean lowOnSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace() < 1024 * 1024;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static StoreFullException describe(Path dir, Throwable cause) {
        String free;
        try {
            free = Files.getFileStore(dir).getUsableSpace() + " bytes free";
        } catch (IOException | RuntimeException e) {
            free = "free space unknown";
        }
        return new StoreFullException("disk full while writing to " + dir + " (" + free
                + "): this batch of documents was not written, the ones before it are in the store; free space and run the ingest again", cause);
    }
}
