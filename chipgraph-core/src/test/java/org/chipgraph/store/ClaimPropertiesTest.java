package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.chipgraph.rdf.CG;
import org.junit.jupiter.api.Test;

/** One scan of a claim's quads gives each property the values a lookup of that property alone gives. */
class ClaimPropertiesTest {
    static final String ID = "https://w3id.org/chipgraph/id/";
    static final Node CLAIM = NodeFactory.createURI(ID + "claim/c1");
    static final Node G1 = NodeFactory.createURI(ID + "doc/b.txt");
    static final Node G2 = NodeFactory.createURI(ID + "doc/a.txt");

    /** The reference: the distinct objects of (claim, p) over the named graphs but the summary, as one lookup reads them. */
    static List<Node> lookup(DatasetGraph dsg, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        for (Iterator<Quad> it = dsg.findNG(Node.ANY, s, p, Node.ANY); it.hasNext();) {
            Quad q = it.next();
            if (!SummaryGraph.isSummary(q.getGraph())) out.add(q.getObject());
        }
        return new ArrayList<>(out);
    }

    static DatasetGraph store() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            // several values of one property, in two graphs, one of them in both, added out of any order
            dsg.add(G1, CLAIM, CG.date, NodeFactory.createLiteralString("2025-03-01"));
            dsg.add(G2, CLAIM, CG.date, NodeFactory.createLiteralString("2024-01-15"));
            dsg.add(G1, CLAIM, CG.date, NodeFactory.createLiteralString("2024-01-15"));
            dsg.add(G2, CLAIM, CG.rdfSubject, NodeFactory.createURI(ID + "company/nvidia"));
            dsg.add(G1, CLAIM, CG.rdfObject, NodeFactory.createURI(ID + "company/bytedance"));
            dsg.add(G1, CLAIM, CG.rdfObject, NodeFactory.createURI(ID + "company/alibaba"));
            dsg.add(G1, CLAIM, CG.sentence, NodeFactory.createLiteralString("Nvidia sells to ByteDance."));
            // a value only the summary holds is not the claim's
            dsg.add(SummaryGraph.NODE, CLAIM, CG.stance, NodeFactory.createURI(ID + "x"));
            dsg.add(SummaryGraph.NODE, CLAIM, CG.sentence, NodeFactory.createLiteralString("summary only"));
        });
        return dsg;
    }

    @Test
    void eachPropertyHasTheValuesOfALookupOfItAloneInItsOrder() {
        DatasetGraph dsg = store();
        Txn.executeRead(dsg, () -> {
            ClaimProperties claim = ClaimProperties.of(dsg, CLAIM);
            for (Node p : List.of(CG.date, CG.rdfSubject, CG.rdfObject, CG.sentence)) assertEquals(lookup(dsg, CLAIM, p), claim.objects(p), p.toString());
            assertEquals(2, claim.objects(CG.date).size(), "a value stated in two graphs comes once");
        });
    }

    @Test
    void theSummaryGraphsValuesAreLeftOut() {
        DatasetGraph dsg = store();
        Txn.executeRead(dsg, () -> {
            ClaimProperties claim = ClaimProperties.of(dsg, CLAIM);
            assertEquals(List.of(), claim.objects(CG.stance));
            assertEquals(List.of(NodeFactory.createLiteralString("Nvidia sells to ByteDance.")), claim.objects(CG.sentence));
        });
    }
}
