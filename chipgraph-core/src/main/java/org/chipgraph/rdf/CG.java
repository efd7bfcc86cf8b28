package org.chipgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

/** The chipgraph vocabulary: namespaces, classes and properties as Jena nodes. */
public final class CG {
    private CG() {}

    public static final String NS = "https://w3id.org/chipgraph/ontology#";
    public static final String ID = "https://w3id.org/chipgraph/id/";
    public static final String GRAPH = "https://w3id.org/chipgraph/graph/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** Named graph that holds the ontology. */
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    /** Named graph that holds the reference entities. */
    public static final String ENTITIES_GRAPH = GRAPH + "entities";

    public static Node term(String local) { return NodeFactory.createURI(NS + local); }
    public static Node id(String local) { return NodeFactory.createURI(ID + local); }

    // classes
    public static final Node Company = term("Company");
    public static final Node Chip = term("Chip");
    public static final Node Country = term("Country");
    public static final Node ExportControl = term("ExportControl");
    public static final Node Supplier = term("Supplier");
    public static final Node Document = term("Document");
    public static final Node Claim = term("Claim");
    public static final Node DiscoveredEntity = term("DiscoveredEntity");

    // claim properties
    public static final Node quantity = term("quantity");
    public static final Node quantityBound = term("quantityBound");
    public static final Node amount = term("amount");
    public static final Node currency = term("currency");
    public static final Node date = term("date");
    public static final Node stance = term("stance");
    public static final Node attributedTo = term("attributedTo");
    public static final Node sentence = term("sentence");
    public static final Node charStart = term("charStart");
    public static final Node charEnd = term("charEnd");
    public static final Node row = term("row");
    public static final Node mapping = term("mapping");
    public static final Node extractor = term("extractor");
    public static final Node extractorVersion = term("extractorVersion");
    public static final Node confidence = term("confidence");
    public static final Node objectText = term("objectText");

    // document properties
    public static final Node fileName = term("fileName");
    public static final Node sourcePath = term("sourcePath");
    public static final Node sourceFile = term("sourceFile");
    public static final Node sha256 = term("sha256");
    public static final Node language = term("language");
    public static final Node published = term("published");

    public static final Node type = RDF.type.asNode();
    public static final Node rdfSubject = RDF.subject.asNode();
    public static final Node rdfPredicate = RDF.predicate.asNode();
    public static final Node rdfObject = RDF.object.asNode();
    public static final Node Statement = RDF.Statement.asNode();
    public static final Node label = org.apache.jena.vocabulary.RDFS.label.asNode();
    public static final Node prefLabel = NodeFactory.createURI(SKOS + "prefLabel");
    public static final Node altLabel = NodeFactory.createURI(SKOS + "altLabel");
    public static final Node wasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node title = NodeFactory.createURI(DCT + "title");
    public static final Node url = NodeFactory.createURI(SCHEMA + "url");
}
