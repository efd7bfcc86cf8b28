package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.chipgraph.store.SummaryGraph;
import org.junit.jupiter.api.Test;

/**
 * An entity parameter's exact name is looked up as a label in the summary graph, which holds each label once, and
 * otherwise in the union of the graphs: the same entity either way.
 */
class EntityNameLookupTest {
    static final Node COMPANY = NodeFactory.createURI("https://w3id.org/chipgraph/ontology#Company");
    static final Node ACME = NodeFactory.createURI("https://example.org/acme");
    static final Node DOC1 = NodeFactory.createURI("https://example.org/doc1"), DOC2 = NodeFactory.createURI("https://example.org/doc2");
    static final Node ALT = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");

    static Node resolve(String name, DatasetGraph dsg) {
        return EntityParameter.resolve("test", ParamType.COMPANY, name, dsg, new ArrayList<>());
    }

    /** Two documents naming the company; with {@code summary}, the summary graph holding its label and type once. */
    static DatasetGraph documents(boolean summary) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        for (Node doc : new Node[] {DOC1, DOC2}) {
            dsg.add(doc, ACME, RDFS.label.asNode(), NodeFactory.createLiteralLang("Acme Chips", "en"));
            dsg.add(doc, ACME, RDF.type.asNode(), COMPANY);
        }
        if (summary) {
            dsg.add(SummaryGraph.NODE, ACME, RDFS.label.asNode(), NodeFactory.createLiteralLang("Acme Chips", "en"));
            dsg.add(SummaryGraph.NODE, ACME, RDF.type.asNode(), COMPANY);
        }
        return dsg;
    }

    @Test
    void aLabelIsFoundInTheSummaryGraph() {
        assertEquals(ACME, resolve("Acme Chips", documents(true)));
    }

    @Test
    void aLabelIsFoundInTheUnionWhenTheStoreHasNoSummaryGraph() {
        assertEquals(ACME, resolve("Acme Chips", documents(false)));
    }

    @Test
    void anAlternativeNameTheSummaryDoesNotHoldIsFoundInTheUnion() {
        DatasetGraph dsg = documents(true);
        dsg.add(DOC1, ACME, ALT, NodeFactory.createLiteralLang("Acme", "en"));
        assertEquals(ACME, resolve("Acme", dsg));
    }

    @Test
    void twoEntitiesWithOneLabelAreAmbiguousFromTheSummaryAsFromTheUnion() {
        for (boolean summary : new boolean[] {true, false}) {
            DatasetGraph dsg = documents(summary);
            Node other = NodeFactory.createURI("https://example.org/acme-2");
            dsg.add(DOC2, other, RDFS.label.asNode(), NodeFactory.createLiteralLang("Acme Chips", "en"));
            dsg.add(DOC2, other, RDF.type.asNode(), COMPANY);
            if (summary) {
                dsg.add(SummaryGraph.NODE, other, RDFS.label.asNode(), NodeFactory.createLiteralLang("Acme Chips", "en"));
                dsg.add(SummaryGraph.NODE, other, RDF.type.asNode(), COMPANY);
            }
            ParameterException e = assertThrows(ParameterException.class, () -> resolve("Acme Chips", dsg));
            assertTrue(e.getMessage().contains("ambiguous") && e.getMessage().contains("acme-2"), e.getMessage());
        }
    }
}
