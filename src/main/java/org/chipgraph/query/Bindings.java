package org.chipgraph.query;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.iri.IRI;
import org.apache.jena.iri.IRIFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.chipgraph.fact.InputException;
import org.chipgraph.fact.PartialDate;

/**
 * Turns user parameters (name=value strings) into RDF terms bound to a question's variables.
 * Values are typed and checked, then bound as terms: they never become query text.
 */
public final class Bindings {
    private Bindings() {}

    private static final String LABEL_LOOKUP = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?e WHERE {
              { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l }
              FILTER(LCASE(STR(?l)) = LCASE(?name))
            } ORDER BY ?e LIMIT 5""";
    private static final Query LABEL_QUERY = QueryFactory.create(LABEL_LOOKUP);
    /** Exact spellings first: an index lookup, where the case-insensitive FILTER scans every label. */
    private static final Query EXACT_LABEL_QUERY = QueryFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?e WHERE {
              { ?e rdfs:label|skos:altLabel ?en } UNION { ?e rdfs:label|skos:altLabel ?de }
              UNION { ?e rdfs:label|skos:altLabel ?plain }
            } ORDER BY ?e LIMIT 5""");

    /**
     * Builds the binding for {@code question} from raw {@code params}; an unknown parameter name,
     * a missing required one or a value of the wrong type is an InputException.
     */
    public static Binding of(Question question, Map<String, String> params, DatasetGraph dsg) {
        Map<String, Question.Parameter> declared = new LinkedHashMap<>();
        question.parameters().forEach(p -> declared.put(p.name(), p));
        BindingBuilder b = BindingBuilder.create();
        for (var e : params.entrySet()) {
            Question.Parameter p = declared.get(e.getKey());
            if (p == null) {
                throw new InputException("question '" + question.name() + "': unknown parameter '" + e.getKey()
                        + "', expected " + (declared.isEmpty() ? "none" : String.join(", ", declared.keySet())));
            }
            b.add(Var.alloc(p.name()), term(question, p, e.getValue(), dsg));
        }
        return b.build();
    }

    static Node term(Question q, Question.Parameter p, String value, DatasetGraph dsg) {
        String where = "question '" + q.name() + "', parameter '" + p.name() + "'";
        return switch (p.type()) {
            case STRING -> NodeFactory.createLiteralString(value);
            case INTEGER -> {
                try {
                    yield NodeFactory.createLiteralDT(new BigInteger(value.strip()).toString(), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new InputException(where + ": '" + value + "' is not an integer");
                }
            }
            case DATE -> {
                try {
                    PartialDate d = PartialDate.parse(value);
                    yield NodeFactory.createLiteralDT(d.toString(), switch (d.precision()) {
                        case YEAR -> XSDDatatype.XSDgYear;
                        case MONTH -> XSDDatatype.XSDgYearMonth;
                        case DAY -> XSDDatatype.XSDdate;
                    });
                } catch (IllegalArgumentException e) {
                    throw new InputException(where + ": " + e.getMessage());
                }
            }
            case IRI -> iriOrLabel(where, value, dsg);
        };
    }

    private static List<Node> lookup(DatasetGraph dsg, Query query, Binding binding) {
        List<Node> found = new java.util.ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(binding).build()) {
            RowSet rs = exec.select();
            rs.forEachRemaining(row -> found.add(row.get("e")));
        }
        return found;
    }

    private static Node iriOrLabel(String where, String value, DatasetGraph dsg) {
        if (value.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            IRI iri = IRIFactory.iriImplementation().create(value);
            if (iri.hasViolation(false) || !iri.isAbsolute() || value.matches(".*[\\s<>\"{}|\\\\^`].*")) {
                throw new InputException(where + ": '" + value + "' is not a valid absolute IRI");
            }
            return NodeFactory.createURI(value);
        }
        if (dsg == null) throw new InputException(where + ": '" + value + "' is not an IRI, and no store to look up a label in");
        Binding exact = BindingBuilder.create()
                .add(Var.alloc("en"), NodeFactory.createLiteralLang(value, "en"))
                .add(Var.alloc("de"), NodeFactory.createLiteralLang(value, "de"))
                .add(Var.alloc("plain"), NodeFactory.createLiteralString(value)).build();
        List<Node> found = lookup(dsg, EXACT_LABEL_QUERY, exact);
        if (found.isEmpty()) {
            found = lookup(dsg, LABEL_QUERY, BindingBuilder.create().add(Var.alloc("name"), NodeFactory.createLiteralString(value)).build());
        }
        if (found.isEmpty()) throw new InputException(where + ": no entity labelled '" + value + "', expected an IRI or an entity's name");
        if (found.size() == 1) return found.get(0);
        // A name shared by several things (China the country, China the aggregate row) goes to the reference entity.
        for (String folder : List.of("/id/company/", "/id/chip/", "/id/country/", "/id/control/")) {
            for (Node n : found) if (n.getURI().contains(folder)) return n;
        }
        throw new InputException(where + ": '" + value + "' names several entities " + found + ", give an IRI");
    }
}
