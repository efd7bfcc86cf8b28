package org.chipgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** A fact's row on one of its entities reads back as written, whatever its citation holds, and with values absent. */
class FactEndRowTest {
    static final Node CHIP = NodeFactory.createURI("https://w3id.org/chipgraph/id/chip/h100");

    static final List<Node> LABELS = List.of(NodeFactory.createLiteralLang("H100", "en"), NodeFactory.createLiteralString("H-100: 12:3 - ?"));

    private static FactEndRow roundTrip(Node count, Node date, Node citation, Node seat) {
        return FactEndRow.parse(FactEndRow.text(CHIP, FactEndRow.otherText(EndKind.CHIP, LABELS), FactEndRow.valuesText(count, date, citation, seat)));
    }

    @Test
    void aRowWithEveryValueReadsBackAsWritten() {
        Node count = NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger);
        Node date = NodeFactory.createLiteralString("2023-10-17");
        // separators of other formats, digits and colons, a line break, a character outside the BMP
        Node citation = NodeFactory.createLiteralString("a.txt: 12:3 - \u001F restricts \"H100\"\nand 𝔸.");
        Node seat = NodeFactory.createLiteralString("a.txt: -");
        assertEquals(new FactEndRow(CHIP, LABELS, EndKind.CHIP, count, date, citation, seat), roundTrip(count, date, citation, seat));
    }

    @Test
    void absentAndEmptyValuesStayApart() {
        Node empty = NodeFactory.createLiteralString("");
        assertEquals(new FactEndRow(CHIP, LABELS, EndKind.CHIP, null, empty, null, empty), roundTrip(null, empty, null, empty));
        assertEquals(new FactEndRow(CHIP, LABELS, EndKind.CHIP, null, null, null, null), roundTrip(null, null, null, null));
    }

    @Test
    void noLabelsNoKindAndLabelsItCannotHoldStayApart() {
        Node count = NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger);
        String values = FactEndRow.valuesText(count, null, null, null);
        assertEquals(new FactEndRow(CHIP, List.of(), null, count, null, null, null), FactEndRow.parse(FactEndRow.text(CHIP, FactEndRow.otherText(null, List.of()), values)));
        // a label of another datatype would not read back equal: the row says it holds none, and the page looks them up
        List<Node> typed = List.of(NodeFactory.createLiteralDT("100", XSDDatatype.XSDinteger));
        assertEquals(new FactEndRow(CHIP, null, EndKind.OTHER, count, null, null, null), FactEndRow.parse(FactEndRow.text(CHIP, FactEndRow.otherText(EndKind.OTHER, typed), values)));
    }

    @Test
    void theCitationsAloneReadAsTheWholeRowReadsThem() {
        Node citation = NodeFactory.createLiteralString("b.txt: 7:1 - a \"quoted\" 3:x\nline");
        Node seat = NodeFactory.createLiteralString("b.txt: HQ in 2:Z");
        Node count = NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger);
        for (List<Node> labels : java.util.Arrays.asList(LABELS, List.<Node>of(), List.of(NodeFactory.createLiteralDT("9", XSDDatatype.XSDinteger)))) {
            for (Node[] values : new Node[][] {{count, null, citation, seat}, {null, null, null, seat}, {count, citation, citation, null}, {null, null, null, null}}) {
                String text = FactEndRow.text(CHIP, FactEndRow.otherText(EndKind.CHIP, labels), FactEndRow.valuesText(values[0], values[1], values[2], values[3]));
                FactEndRow whole = FactEndRow.parse(text);
                org.junit.jupiter.api.Assertions.assertArrayEquals(new Node[] {whole.citation(), whole.seatCitation()}, FactEndRow.citations(text));
            }
        }
    }

    @Test
    void aRowOfTheFormatBeforeLabelsIsNotCurrent() {
        String before = "39:https://w3id.org/chipgraph/id/chip/h100" + FactEndRow.valuesText(null, null, null, null);
        assertFalse(FactEndRow.current(before));
        assertTrue(FactEndRow.current(FactEndRow.text(CHIP, FactEndRow.otherText(null, LABELS), FactEndRow.valuesText(null, null, null, null))));
    }
}
