package org.chipgraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.source.Sha256;

/**
 * An N-Quads file written with its {@link Manifest}, streamed (flat memory however many quads): quads go to
 * {@code FILE.part}, and only {@link #commit} moves the file and its manifest into place, so a failed job leaves
 * neither a half-written file nor a {@code .part} behind ({@link #close} deletes what was not committed).
 */
public final class NQuadsFile implements Consumer<Quad>, AutoCloseable {
    private final Path target;
    private final Path part;
    private final Path manifestPart;
    private final MessageDigest sha = Sha256.digest();
    private final OutputStream out;
    private final StreamRDF writer;
    private final Map<String, Long> perGraph = new LinkedHashMap<>();
    private long quads;
    private boolean committed;

    public NQuadsFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        this.part = this.target.resolveSibling(target.getFileName() + ".part");
        this.manifestPart = this.target.resolveSibling(Manifest.beside(target).getFileName() + ".part");
        this.out = new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(part), sha), 1 << 16);
        this.writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
    }

    @Override
    public void accept(Quad q) {
        writer.quad(q);
        perGraph.merge(q.isDefaultGraph() ? Manifest.DEFAULT_GRAPH : q.getGraph().getURI(), 1L, Long::sum);
        quads++;
    }

    public long quads() { return quads; }

    /** Finishes the file, writes its manifest and moves both into place; returns the manifest. */
    public Manifest commit() throws IOException {
        writer.finish();
        out.close();
        Manifest m = new Manifest(HexFormat.of().formatHex(sha.digest()), quads, perGraph);
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
