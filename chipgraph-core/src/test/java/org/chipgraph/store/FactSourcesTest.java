package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** The claims of a fact are found from whichever of its subject and object fewer claims name. */
class FactSourcesTest {
    static final String ID = "https://w3id.org/chipgraph/id/";
    static final Node G = NodeFactory.createURI(ID + "table/list.csv");
    static final Node LIST = NodeFactory.createURI(ID + "control/list");
    static final Node RESTRICTS = NodeFactory.createURI("https://w3id.org/chipgraph/ontology#restricts");
    static final Node S = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject");
    static final Node P = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate");
    static final Node O = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#object");

    /** A list restricting n entities, one claim per row: every claim names the list as its subject. */
    static DatasetGraph list(int n) {
        DatasetGraph d = DatasetGraphFactory.create();
        for (int i = 0; i < n; i++) claim(d, "row" + i, LIST, RESTRICTS, entity(i));
        return d;
    }

    static Node entity(int i) { return NodeFactory.createURI(ID + "company/e" + i); }

    static void claim(DatasetGraph d, String name, Node s, Node p, Node o) {
        Node c = NodeFactory.createURI(ID + "claim/" + name);
        d.add(G, s, p, o);
        d.add(G, c, S, s);
        d.add(G, c, P, p);
        d.add(G, c, O, o);
    }

    @Test
    void aRowOfAListIsFoundByItsObject() {
        DatasetGraph d = list(500);
        assertEquals(List.of(NodeFactory.createURI(ID + "claim/row321")), FactSources.claimsOf(d, G, Triple.create(LIST, RESTRICTS, entity(321))));
    }

    @Test
    void aFactWhoseObjectManyClaimsNameIsFoundByItsSubject() {
        DatasetGraph d = DatasetGraphFactory.create();
        Node china = NodeFactory.createURI(ID + "country/china");
        Node hq = NodeFactory.createURI("https://w3id.org/chipgraph/ontology#headquarteredIn");
        for (int i = 0; i < 300; i++) claim(d, "seat" + i, entity(i), hq, china);
        assertEquals(List.of(NodeFactory.createURI(ID + "claim/seat7")), FactSources.claimsOf(d, G, Triple.create(entity(7), hq, china)));
    }

    @Test
    void twoClaimsOfOneFactAreBothFoundAndAClaimOfAnotherRelationIsNot() {
        DatasetGraph d = list(50);
        claim(d, "again", LIST, RESTRICTS, entity(3));
        claim(d, "other", LIST, NodeFactory.createURI("https://w3id.org/chipgraph/ontology#issues"), entity(3));
        assertEquals(List.of(NodeFactory.createURI(ID + "claim/again"), NodeFactory.createURI(ID + "claim/row3")).stream().map(Node::getURI).sorted().toList(),
                FactSources.claimsOf(d, G, Triple.create(LIST, RESTRICTS, entity(3))).stream().map(Node::getURI).sorted().toList());
    }
}
