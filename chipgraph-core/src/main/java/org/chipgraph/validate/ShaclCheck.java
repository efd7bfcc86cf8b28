package org.chipgraph.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.system.Txn;

/** Runs the SHACL shapes of ontology/shapes.ttl over the union of the store's graphs. */
public final class ShaclCheck {
    private ShaclCheck() {}

    public record Violation(String focus, String path, String message, String severity) {}

    public static List<Violation> run(DatasetGraph dsg, Graph shapesGraph) {
        Shapes shapes = Shapes.parse(shapesGraph);
        List<Violation> out = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            ValidationReport report = ShaclValidator.get().validate(shapes, dsg.getUnionGraph());
            for (ReportEntry e : report.getEntries()) {
                out.add(new Violation(str(e.focusNode()), path(e.resultPath()), e.message(), e.severity().level().getLocalName()));
            }
        });
        out.sort(Comparator.comparing(Violation::focus).thenComparing(Violation::path).thenComparing(Violation::message));
        return out;
    }

    private static String str(Node n) { return n == null ? "" : n.isURI() ? n.getURI() : n.toString(); }

    private static String path(Path p) { return p == null ? "" : p.toString(); }
}
