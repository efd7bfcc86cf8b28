package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** A fact's row on one of its entities reads back as written, whatever its citation holds, and with values absent. */
class FactEndRowTest {
    static final Node CHIP = NodeFactory.createURI("https://w3id.org/chipgraph/id/chip/h100");

    private static FactEndRow roundTrip(Node count, Node date, Node citation, Node seat) {
        return FactEndRow.parse(FactEndRow.text(CHIP, FactEndRow.valuesText(count, date, citation, seat)));
    }

    @Test
    void aRowWithEveryValueReadsBackAsWritten() {
        Node count = NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger);
        Node date = NodeFactory.createLiteralString("2023-10-17");
        // separators of other formats, digits and colons, a line break, a character outside the BMP
        Node citation = NodeFactory.createLiteralString("a.txt: 12:3 - \u001F restricts \"H100\"\nand 𝔸.");
        Node seat = NodeFactory.createLiteralString("a.txt: -");
        assertEquals(new FactEndRow(CHIP, count, date, citation, seat), roundTrip(count, date, citation, seat));
    }

    @Test
    void absentAndEmptyValuesStayApart() {
        Node empty = NodeFactory.createLiteralString("");
        assertEquals(new FactEndRow(CHIP, null, empty, null, empty), roundTrip(null, empty, null, empty));
        assertEquals(new FactEndRow(CHIP, null, null, null, null), roundTrip(null, null, null, null));
    }
}
