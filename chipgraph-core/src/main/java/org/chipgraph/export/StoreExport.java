package org.chipgraph.export;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.chipgraph.error.InputError;

/** Writes the whole store out in one read transaction: a consistent snapshot. */
public final class StoreExport {
    private StoreExport() {}

    public enum Format { TTL, TRIG, NQ, JSONLD }

    public static Format format(String s) {
        try {
            return Format.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputError("--format '" + s + "': expected ttl, trig, nq or jsonld");
        }
    }

    /**
     * N-Quads and TriG stream quad by quad (memory does not grow with the store). Turtle has no
     * named graphs, so it writes the union of all graphs, streamed as triples. JSON-LD needs the
     * whole dataset in memory (the JSON-LD writer is not streaming).
     */
    public static void write(DatasetGraph dsg, Format format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            switch (format) {
                case NQ -> stream(dsg, RDFFormat.NQUADS, out, false);
                case TRIG -> stream(dsg, RDFFormat.TRIG_BLOCKS, out, false);
                case TTL -> stream(dsg, RDFFormat.TURTLE_BLOCKS, out, true);
                case JSONLD -> RDFDataMgr.write(out, dsg, RDFFormat.JSONLD11);
            }
        });
    }

    private static void stream(DatasetGraph dsg, RDFFormat fmt, OutputStream out, boolean triples) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, fmt);
        w.start();
        w.prefix("cg", "https://w3id.org/chipgraph/ontology#");
        w.prefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        w.prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        w.prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        w.prefix("prov", "http://www.w3.org/ns/prov#");
        w.prefix("skos", "http://www.w3.org/2004/02/skos/core#");
        if (triples) {
            // The union graph: a triple stated in several documents is written once.
            dsg.getUnionGraph().find().forEachRemaining(w::triple);
        } else {
            // The summary graph is derived (a load rebuilds it): documents and reference graphs only.
            dsg.find().forEachRemaining(q -> { if (!org.chipgraph.store.SummaryGraph.isSummary(q.getGraph())) w.quad(q); });
        }
        w.finish();
    }

}
