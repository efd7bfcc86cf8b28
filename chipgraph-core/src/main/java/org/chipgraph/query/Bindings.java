package org.chipgraph.query;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.chipgraph.fact.PartialDate;

/**
 * Turns user parameters (name=value strings) into RDF terms bound to a question's variables.
 * Values are typed and checked, then bound as terms: they never become query text.
 */
public final class Bindings {
    private Bindings() {}

    /**
     * Builds the binding for {@code question} from raw {@code params}; an unknown parameter name,
     * a missing required one, a value of the wrong type or an entity of the wrong class is a
     * {@link ParameterException} naming the parameter.
     */
    public static Binding of(Question question, Map<String, String> params, DatasetGraph dsg) {
        return of(question, params, dsg, new ArrayList<>());
    }

    /** As {@link #of(Question, Map, DatasetGraph)}; {@code notes} gets how names were read where it was not exact. */
    public static Binding of(Question question, Map<String, String> params, DatasetGraph dsg, List<String> notes) {
        Map<String, Question.Parameter> declared = new LinkedHashMap<>();
        question.parameters().forEach(p -> declared.put(p.name(), p));
        for (String given : params.keySet()) {
            if (!declared.containsKey(given)) {
                throw new ParameterException("question '" + question.name() + "': unknown parameter '" + given
                        + "', expected " + (declared.isEmpty() ? "none" : String.join(", ", declared.keySet())));
            }
        }
        for (Question.Parameter p : declared.values()) {
            if (p.required() && !params.containsKey(p.name())) {
                throw new ParameterException("question '" + question.name() + "': parameter '" + p.name() + "' is missing, expected "
                        + p.type().article() + " (" + p.description() + ")"
                        + (question.example().isBlank() ? "" : ", e.g. -p " + question.example().split(",\\s*(?=\\w+=)")[0]));
            }
        }
        BindingBuilder b = BindingBuilder.create();
        for (var e : params.entrySet()) {
            Question.Parameter p = declared.get(e.getKey());
            b.add(Var.alloc(p.name()), term(question, p, e.getValue(), dsg, notes));
        }
        return b.build();
    }

    static Node term(Question q, Question.Parameter p, String value, DatasetGraph dsg, List<String> notes) {
        String where = "question '" + q.name() + "', parameter '" + p.name() + "'";
        if (p.type().isEntity()) return EntityParameter.resolve(where, p.type(), value.strip(), dsg, notes);
        return switch (p.type()) {
            case INTEGER -> {
                try {
                    yield NodeFactory.createLiteralDT(new BigInteger(value.strip()).toString(), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new ParameterException(where + ": '" + value + "' is not an integer");
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
                    throw new ParameterException(where + ": " + e.getMessage());
                }
            }
            default -> NodeFactory.createLiteralString(value);
        };
    }

    /**
     * NAME=VALUE strings (the CLI's -p options) as a map; a parameter given twice or without '=' is an
     * error rather than a silent last-one-wins.
     */
    public static Map<String, String> parse(List<String> nameValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String nv : nameValues) {
            int eq = nv.indexOf('=');
            if (eq <= 0) throw new ParameterException("parameter '" + nv + "': expected NAME=VALUE");
            String name = nv.substring(0, eq).strip();
            if (m.containsKey(name)) {
                throw new ParameterException("parameter '" + name + "' is given twice ('" + m.get(name) + "' and '" + nv.substring(eq + 1) + "'), expected once");
            }
            m.put(name, nv.substring(eq + 1));
        }
        return m;
    }
}
