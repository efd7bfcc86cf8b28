package org.chipgraph.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.source.Sha256;
import org.chipgraph.store.GraphContent;
import org.chipgraph.store.Manifest;

/** An N-Quads shard being written, counting what its manifest must say as the quads go by. */
final class ShardOutput implements AutoCloseable {
    private final MessageDigest sha = Sha256.digest();
    private final OutputStream out;
    private final StreamRDF writer;
    private final Map<String, Long> perGraph = new LinkedHashMap<>();
    private long quads;

    ShardOutput(OutputStream target) {
        this.out = new BufferedOutputStream(new DigestOutputStream(target, sha), 1 << 16);
        this.writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
    }

    void graph(GraphContent g) {
        for (Quad q : g.quads()) {
            writer.quad(q);
            perGraph.merge(q.isDefaultGraph() ? Manifest.DEFAULT_GRAPH : q.getGraph().getURI(), 1L, Long::sum);
            quads++;
        }
    }

    /** Flushes and closes the shard; its manifest. */
    Manifest finish() throws IOException {
        writer.finish();
        out.close();
        return new Manifest(HexFormat.of().formatHex(sha.digest()), quads, perGraph);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
