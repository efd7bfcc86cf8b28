package org.chipgraph.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.Test;

/** A page written as CSV in one pass gives the bytes Jena's CSV writer gives for the same rows. */
class CsvAnswerTest {
    static final Var A = Var.alloc("a"), B = Var.alloc("b"), C = Var.alloc("c");
    static final Node ACME = NodeFactory.createURI("https://example.org/acme");

    static Binding row(Node a, Node b, Node c) {
        BindingBuilder bb = BindingBuilder.create();
        if (a != null) bb.add(A, a);
        if (b != null) bb.add(B, b);
        if (c != null) bb.add(C, c);
        return bb.build();
    }

    static Node lit(String s) { return NodeFactory.createLiteralString(s); }

    static byte[] jena(List<Var> vars, List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, RowSetStream.create(vars, rows.iterator()));
        return out.toByteArray();
    }

    @Test
    void plainCellsQuotedCellsAndUnboundCellsAreWrittenAsJenaWritesThem() {
        List<Binding> rows = List.of(
                row(lit("Nvidia"), lit("sells H100, H200"), lit("said \"yes\"")),
                row(lit(""), null, lit("two\nlines\r\nand a return")),
                row(ACME, NodeFactory.createLiteralLang("Puce", "fr"), NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger)),
                row(lit("Zürich – 東京 🚀"), lit("\"\""), lit(",")));
        List<Var> vars = List.of(A, B, C);
        assertArrayEquals(jena(vars, rows), CsvAnswer.bytes(vars, rows, UnaryOperator.identity()));
    }

    @Test
    void blankNodesGetTheSameLabelEachTimeAsInJenasAnswer() {
        Node b1 = NodeFactory.createBlankNode(), b2 = NodeFactory.createBlankNode();
        List<Binding> rows = List.of(row(b1, b2, b1), row(b2, null, b1));
        List<Var> vars = List.of(A, B, C);
        assertArrayEquals(jena(vars, rows), CsvAnswer.bytes(vars, rows, UnaryOperator.identity()));
    }

    @Test
    void onlyTheGivenVariablesAreWrittenInTheirOrder() {
        List<Binding> rows = List.of(row(lit("x"), lit("y"), lit("z")));
        assertEquals("c,a\r\nz,x\r\n", new String(CsvAnswer.bytes(List.of(C, A), rows, UnaryOperator.identity()), StandardCharsets.UTF_8));
    }

    @Test
    void eachValueIsLabelledAsItIsWritten() {
        List<Binding> rows = List.of(row(ACME, lit("buys"), ACME));
        UnaryOperator<Node> label = n -> n.equals(ACME) ? lit("Acme, Inc.") : n;
        assertEquals("a,b,c\r\n\"Acme, Inc.\",buys,\"Acme, Inc.\"\r\n",
                new String(CsvAnswer.bytes(List.of(A, B, C), rows, label), StandardCharsets.UTF_8));
    }
}
