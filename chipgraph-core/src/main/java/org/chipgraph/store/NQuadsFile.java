package org.chipgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.Quad;

/**
 * An N-Quads file written with its {@link Manifest} ({@link NQuadsStream} on a local file), streamed (flat memory however many quads): quads go to
 * {@code FILE.part}, and only {@link #commit} moves the file and its manifest into place, so a failed job leaves
 * neither a half-written file nor a {@code .part} behind ({@link #close} deletes what was not committed).
 */
public final class NQuadsFile implements Consumer<Quad>, AutoCloseable {
    private final Path target;
    private final Path part;
    private final Path manifestPart;
    private final NQuadsStream out;
    private boolean committed;

    public NQuadsFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        this.part = this.target.resolveSibling(target.getFileName() + ".part");
        this.manifestPart = this.target.resolveSibling(Manifest.beside(target).getFileName() + ".part");
        this.out = new NQuadsStream(Files.newOutputStream(part));
    }

    @Override
    public void accept(Quad q) {
        out.accept(q);
    }

    public long quads() { return out.quads(); }

    /** Finishes the file, writes its manifest and moves both into place; returns the manifest. */
    public Manifest commit() throws IOException {
        Manifest m = out.finish();
        m.write(manifestPart);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(manifestPart, Manifest.beside(target), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        return m;
    }

    /** Deletes what was not committed. */
    @Override
    public void close() {
        if (committed) return;
        try {
            out.close();
        } catch (IOException e) {
            // the file is deleted below anyway
        }
        try {
            Files.deleteIfExists(part);
            Files.deleteIfExists(manifestPart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
