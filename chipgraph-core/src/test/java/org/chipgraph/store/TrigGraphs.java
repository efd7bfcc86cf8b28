package org.chipgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** A test fixture written as TriG, read as the named graphs a write path stores (by IRI, in IRI order). */
public final class TrigGraphs {
    private TrigGraphs() {}

    /** The named graphs of a TriG resource on the test class path ("/store/source-rows.trig"). */
    public static Map<String, GraphContent> resource(String name) {
        DatasetGraph d = DatasetGraphFactory.create();
        try (InputStream in = TrigGraphs.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + name);
            RDFDataMgr.read(d, in, Lang.TRIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(d);
    }

    /** The named graphs of a dataset, each with all its quads. */
    public static Map<String, GraphContent> of(DatasetGraph d) {
        Map<String, GraphContent> out = new TreeMap<>();
        d.listGraphNodes().forEachRemaining(g -> out.put(g.getURI(), new GraphContent(g.getURI(), d.stream(g, null, null, null).toList())));
        return out;
    }

    /** Writes the graphs as an N-Quads file with its manifest beside it, as a bulk load takes them. */
    public static void writeForLoad(Collection<GraphContent> graphs, Path nq) throws IOException {
        try (OutputStream out = Files.newOutputStream(nq)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            w.start();
            for (GraphContent g : graphs) g.quads().forEach(w::quad);
            w.finish();
        }
        LoadCheck.describe(nq).write(Manifest.beside(nq));
    }
}
