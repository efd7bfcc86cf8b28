package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** A stored row reads back as the terms it was written from, whichever way each term is read (by hand or by Turtle's tokenizer). */
class SourceRowTest {
    static final String CG = "https://w3id.org/chipgraph/ontology#";
    static final Node ENTITY = NodeFactory.createURI("https://w3id.org/chipgraph/id/company/huawei");

    /** Terms of every kind a row may hold: the simple forms and those left to the tokenizer. */
    static final List<Node> TERMS = List.of(
            NodeFactory.createURI("https://w3id.org/chipgraph/id/company/smic"),
            NodeFactory.createURI("https://w3id.org/chipgraph/id/chip/ascend%20910b"),
            NodeFactory.createURI("https://example.org/other/thing"),
            NodeFactory.createURI("https://example.org/with#fragment"),
            NodeFactory.createLiteralString("news/2024-01-02 huawei.txt"),
            NodeFactory.createLiteralString("a \"quoted\" file\nwith a line break and a back\\slash"),
            NodeFactory.createLiteralString(""),
            NodeFactory.createLiteralLang("Huawei", "en"),
            NodeFactory.createLiteralDT("0.85", XSDDatatype.XSDdecimal),
            NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("2024-01-02", XSDDatatype.XSDdate),
            NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));

    @Test
    void everyKindOfTermReadsBackAsItWasWritten() {
        Node relation = NodeFactory.createURI(CG + "supplies");
        Node stance = NodeFactory.createURI(CG + "Asserted");
        for (Node t : TERMS) {
            SourceRow row = new SourceRow(ENTITY, relation, t, stance, t, t, "row 3", NodeFactory.createLiteralString("The sentence."));
            assertEquals(row, SourceRow.parse(row.text('s', ENTITY) + SourceRow.SEPARATOR, ENTITY, new HashMap<>()), t.toString());
        }
    }

    @Test
    void onlyUnescapedStringsAndIrisAreReadWithoutTheTokenizer() {
        assertEquals(NodeFactory.createURI("https://w3id.org/chipgraph/id/company/smic"), SourceRow.simple("co:smic"));
        assertEquals(NodeFactory.createLiteralString("a.txt"), SourceRow.simple("\"a.txt\""));
        assertEquals(NodeFactory.createURI("https://example.org/x"), SourceRow.simple("<https://example.org/x>"));
        for (String t : List.of("\"a\\\"b\"", "\"Huawei\"@en", "\"2024-01-02\"^^xsd:date", "0.85", "true", "_:b0", "unknown:x", "\"a\" \"b\""))
            assertNull(SourceRow.simple(t), t);
        assertNotNull(SourceRow.simple("xsd:date"));
    }
}
