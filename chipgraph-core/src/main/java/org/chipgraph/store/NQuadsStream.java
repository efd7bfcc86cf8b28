package org.chipgraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * Quads written as N-Quads to any stream (a local file, an HDFS shard), counting as they go what the
 * {@link Manifest} of the bytes must say: their SHA-256, the quads, and the quads per graph.
 */
public final class NQuadsStream implements Consumer<Quad>, AutoCloseable {
    private final MessageDigest sha = Sha256.digest();
    private final OutputStream out;
    private final StreamRDF writer;
    private final Map<String, Long> perGraph = new LinkedHashMap<>();
    private long quads;

    public NQuadsStream(OutputStream target) {
        this.out = new BufferedOutputStream(new DigestOutputStream(target, sha), 1 << 16);
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

    /** Ends the stream and closes it; the manifest of what was written. */
    public Manifest finish() throws IOException {
        writer.finish();
        out.close();
        return new Manifest(HexFormat.of().formatHex(sha.digest()), quads, perGraph);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
