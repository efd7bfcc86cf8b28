package org.chipgraph.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.NodeFactory;
import org.chipgraph.error.InputError;
import org.chipgraph.source.BundledFiles;
import org.chipgraph.store.GraphContent;

/**
 * The ontology, the reference entities and the SHACL shapes, read from ontology/. Every Turtle file
 * there whose name starts with "entities" adds reference entities (entities.ttl is hand-kept; others
 * may be generated, e.g. from reference tables).
 */
public record ReferenceData(Model ontology, Model entities, Model shapes) {

    public static final String ONTOLOGY_FILE = "ontology/chipgraph.ttl";
    public static final String SHAPES_FILE = "ontology/shapes.ttl";

    public static ReferenceData load() {
        Model entities = ModelFactory.createDefaultModel();
        for (String f : BundledFiles.list("ontology", ".ttl")) {
            if (f.substring("ontology/".length()).startsWith("entities")) parseInto(f, entities);
        }
        if (entities.isEmpty()) throw new InputError("ontology/entities.ttl: missing or empty, expected the reference entities in Turtle");
        return new ReferenceData(parse(ONTOLOGY_FILE), entities, parse(SHAPES_FILE));
    }

    public static Model parse(String relative) {
        Model m = ModelFactory.createDefaultModel();
        parseInto(relative, m);
        return m;
    }

    private static void parseInto(String relative, Model into) {
        var file = BundledFiles.find(relative)
                .orElseThrow(() -> new InputError(relative + ": missing, expected a Turtle file of the ontology"));
        try {
            // Errors become the one-line InputError below, not an extra log line on stderr.
            RDFParser.fromString(file.text(), Lang.TURTLE).base(CG.ID).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(into);
        } catch (RiotException e) {
            throw new InputError(file.origin() + ": not valid Turtle: " + e.getMessage());
        }
    }

    /** The ontology and the entities as the content of their two named graphs. */
    public List<GraphContent> graphs() {
        return List.of(asGraph(CG.ONTOLOGY_GRAPH, ontology), asGraph(CG.ENTITIES_GRAPH, entities));
    }

    private static GraphContent asGraph(String iri, Model m) {
        var g = NodeFactory.createURI(iri);
        List<Quad> quads = new ArrayList<>();
        m.getGraph().find().forEachRemaining(t -> quads.add(new Quad(g, t)));
        return new GraphContent(iri, quads);
    }
}
