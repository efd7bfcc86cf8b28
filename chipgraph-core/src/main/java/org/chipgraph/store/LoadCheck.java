package org.chipgraph.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.error.InputError;
import org.chipgraph.rdf.CG;
import org.chipgraph.source.Sha256;

/**
 * Decides, before anything is written, whether N-Quads files may be loaded: a file with a manifest must
 * match it (checksum and quads per graph: a truncated or damaged file is refused); a file without one
 * may not replace the reference graphs, nor shrink a stored graph unless forced.
 */
public final class LoadCheck {
    private LoadCheck() {}

    /** What one file holds: quads per graph (the default graph under {@link Quad#defaultGraphIRI}) and its SHA-256. */
    public record Scan(Path file, Map<Node, Long> graphs, String sha256, Manifest manifest) {}

    /** Parses each file once (syntax errors surface here) and checks it against its manifest when it has one. */
    public static List<Scan> scan(List<Path> files) {
        return files.stream().map(LoadCheck::scan).toList();
    }

    /**
     * What one file holds, for loading: from its manifest when it has one, without parsing it (the loader checks the
     * file against the manifest on the way, before anything is switched in: {@link BulkLoad}); else by {@link #scan(Path)}.
     */
    static Scan forLoad(Path f) {
        Manifest m = Manifest.read(Manifest.beside(f));
        if (m == null) return scan(f);
        Map<Node, Long> graphs = new LinkedHashMap<>();
        m.graphs().forEach((g, n) -> graphs.put(g.equals(Manifest.DEFAULT_GRAPH) ? Quad.defaultGraphIRI : org.apache.jena.graph.NodeFactory.createURI(g), n));
        return new Scan(f, graphs, m.sha256(), m);
    }

    static Scan scan(Path f) {
        Map<Node, Long> graphs = new LinkedHashMap<>();
        MessageDigest sha = Sha256.digest();
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(f)), sha)) {
            // the parser closes its stream; shielded, so the rest (if any) still passes through the digest
            InputStream shielded = new java.io.FilterInputStream(in) { @Override public void close() { } };
            RDFParser.source(shielded).lang(Lang.NQUADS).base(f.toUri().toString()).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(new StreamRDFBase() {
                @Override public void quad(Quad q) { graphs.merge(q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph(), 1L, Long::sum); }
            });
            in.transferTo(java.io.OutputStream.nullOutputStream()); // the checksum covers every byte
        } catch (RiotException e) {
            throw new InputError(f + ": not valid N-Quads: " + e.getMessage());
        } catch (IOException e) {
            throw new InputError(f + ": cannot read (" + FileErrors.plain(e) + ")");
        }
        Scan scan = new Scan(f, graphs, HexFormat.of().formatHex(sha.digest()), Manifest.read(Manifest.beside(f)));
        if (scan.manifest() != null) verify(scan);
        return scan;
    }

    /** The manifest of an N-Quads file as it is (for files written without counting, such as an export). */
    public static Manifest describe(Path nq) {
        Scan s = scan(nq);
        Map<String, Long> graphs = new LinkedHashMap<>();
        s.graphs().forEach((g, n) -> graphs.put(g.equals(Quad.defaultGraphIRI) ? Manifest.DEFAULT_GRAPH : g.getURI(), n));
        return new Manifest(s.sha256(), graphs.values().stream().mapToLong(Long::longValue).sum(), graphs);
    }

    static void verify(Scan s) {
        Manifest m = s.manifest();
        String where = s.file() + ": does not match its manifest " + Manifest.beside(s.file()).getFileName();
        Map<String, Long> found = new HashMap<>();
        s.graphs().forEach((g, n) -> found.put(g.equals(Quad.defaultGraphIRI) ? Manifest.DEFAULT_GRAPH : g.getURI(), n));
        for (var e : m.graphs().entrySet()) {
            long n = found.getOrDefault(e.getKey(), 0L);
            if (n != e.getValue()) {
                throw new InputError(where + " (graph " + e.getKey() + ": " + n + " quads, expected " + e.getValue()
                        + "): the file is truncated or damaged; nothing was loaded");
            }
        }
        for (String g : found.keySet()) {
            if (!m.graphs().containsKey(g)) throw new InputError(where + " (graph " + g + " is not in the manifest); nothing was loaded");
        }
        if (!m.sha256().equals(s.sha256())) {
            throw new InputError(where + " (SHA-256 " + s.sha256() + ", expected " + m.sha256() + "): the file is damaged; nothing was loaded");
        }
    }

    /**
     * Refuses what a file without a manifest may not do: replace a reference graph (ever), or replace a
     * stored graph with fewer quads (unless {@code force}). Run inside a read transaction of {@code store}.
     */
    public static void unverified(List<Scan> scans, DatasetGraph store, boolean force) {
        Map<Node, Long> stored = new HashMap<>();
        for (Scan s : scans) {
            if (s.manifest() != null) continue;
            for (var e : s.graphs().entrySet()) {
                Node g = e.getKey();
                if (g.equals(Quad.defaultGraphIRI)) continue;
                if (g.getURI().equals(CG.ONTOLOGY_GRAPH) || g.getURI().equals(CG.ENTITIES_GRAPH)) {
                    throw new InputError(s.file() + ": has no manifest (" + Manifest.beside(s.file()).getFileName() + ") and holds the reference graph "
                            + g.getURI() + ", which only a verified file may replace; write it with 'chipgraph extract' or leave the reference graphs out (--no-reference)");
                }
                long have = stored.computeIfAbsent(g, k -> count(store, k));
                long total = scans.stream().mapToLong(o -> o.graphs().getOrDefault(g, 0L)).sum();
                if (total < have && !force) {
                    throw new InputError(s.file() + ": has no manifest and would shrink graph " + g.getURI() + " from " + have + " to " + total
                            + " quads (a truncated file?); nothing was loaded; use --force if that is intended");
                }
            }
        }
    }

    private static long count(DatasetGraph dsg, Node g) {
        long n = 0;
        for (var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) n++;
        return n;
    }
}
