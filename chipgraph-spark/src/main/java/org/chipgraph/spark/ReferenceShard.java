package org.chipgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.error.InputError;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.BundledFiles;
import org.chipgraph.store.GraphContent;
import org.chipgraph.store.Manifest;
import org.chipgraph.store.NQuadsStream;

/**
 * The ontology and entity graphs as one shard, written once per job by the driver. Read here in file order
 * with blank-node labels from a seed per file (the ontology's OWL restrictions and lists are blank nodes),
 * so a re-run writes the same bytes; ReferenceData's in-memory models would give fresh labels and a
 * hash order each time.
 */
final class ReferenceShard {
    private ReferenceShard() {}

    static List<GraphContent> graphs() {
        List<Quad> ontology = new ArrayList<>();
        read(ReferenceData.ONTOLOGY_FILE, CG.ONTOLOGY_GRAPH, ontology);
        List<Quad> entities = new ArrayList<>();
        for (String f : BundledFiles.list("ontology", ".ttl")) {
            if (f.substring("ontology/".length()).startsWith("entities")) read(f, CG.ENTITIES_GRAPH, entities);
        }
        return List.of(new GraphContent(CG.ONTOLOGY_GRAPH, ontology), new GraphContent(CG.ENTITIES_GRAPH, entities));
    }

    private static void read(String relative, String graph, List<Quad> into) {
        var file = BundledFiles.find(relative).orElseThrow(() -> new InputError(relative + ": missing, expected a Turtle file of the ontology"));
        Node g = NodeFactory.createURI(graph);
        RDFParser.fromString(file.text(), Lang.TURTLE).base(CG.ID)
                .labelToNode(LabelToNode.createScopeByDocumentHash(UUID.nameUUIDFromBytes(relative.getBytes(StandardCharsets.UTF_8))))
                .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                .parse(new StreamRDFBase() {
                    @Override
                    public void triple(Triple t) {
                        into.add(new Quad(g, t));
                    }
                });
    }

    static Manifest write(OutputStream target) throws IOException {
        try (NQuadsStream o = new NQuadsStream(target)) {
            for (GraphContent g : graphs()) g.quads().forEach(o);
            return o.finish();
        }
    }
}
